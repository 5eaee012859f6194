package dev.attune.simulation.day;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.core.engine.RoutingPolicy;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The simulator routes with the hold limit and reserve the service reads from application.properties. */
class EnginePolicyFileTest {

    @Test
    void readsTheShippedKeys() {
        Properties properties = new Properties();
        properties.setProperty("attune.engine.max-hold", "PT20S");
        properties.setProperty("attune.engine.reserve.look-back", "PT10M");
        properties.setProperty("attune.engine.reserve.horizon", "PT3M");
        properties.setProperty("%test.attune.engine.max-hold", "PT99S");
        RoutingPolicy policy = EnginePolicyFile.from(properties);
        assertEquals(Duration.ofSeconds(20), policy.maxHold());
        assertEquals(Duration.ofMinutes(10), policy.reserveLookBack());
        assertEquals(Duration.ofMinutes(3), policy.reserveHorizon());
    }

    @Test
    void theShippedFileHoldsTheReserveKeys() {
        RoutingPolicy shipped = EnginePolicyFile.shipped();
        assertTrue(shipped.reserveHorizon().compareTo(shipped.reserveLookBack()) <= 0);
    }

    @Test
    void aBadDurationNamesTheKey() {
        Properties properties = new Properties();
        properties.setProperty("attune.engine.reserve.horizon", "5 minutes");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EnginePolicyFile.from(properties));
        assertTrue(e.getMessage().contains("attune.engine.reserve.horizon"), e.getMessage());
    }
}
