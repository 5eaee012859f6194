package dev.attune.simulation.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The simulator's commands refuse an option they do not know, naming it and the ones they do. */
class OptionsTest {

    @Test
    void knownOptionsParseAsNameValueOrFlag() {
        Map<String, String> options = Options.parse(new String[] {"--log", "january", "--replications=3", "--sensitivity"},
                CompareRoutingPolicies.OPTIONS);
        assertEquals(Map.of("log", "january", "replications", "3", "sensitivity", "true"), options);
    }

    @Test
    void anUnknownOptionIsRefusedWithItsNameAndTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Options.parse(new String[] {"--log", "january", "--replicatons", "3"}, CompareRoutingPolicies.OPTIONS));
        assertTrue(e.getMessage().contains("unknown option '--replicatons'"), e.getMessage());
        assertTrue(e.getMessage().contains("--replications"), e.getMessage());
        for (List<String> known : List.of(FitCapacity.OPTIONS, List.of("model", "weeks", "repeat", "seed"))) {
            assertThrows(IllegalArgumentException.class, () -> Options.parse(new String[] {"--bogus"}, known));
        }
    }

    @Test
    void aStrayArgumentIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Options.parse(new String[] {"january"}, CompareRoutingPolicies.OPTIONS));
        assertTrue(e.getMessage().contains("unexpected argument 'january'"), e.getMessage());
    }
}
