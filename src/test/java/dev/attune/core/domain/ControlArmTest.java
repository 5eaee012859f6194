package dev.attune.core.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ControlArmTest {
    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

    @Test
    void theControlArmGetsItsShareOfSequentialCallIdsWithinABinomialBound() {
        ControlArm arm = new ControlArm(true, 0.2, ControlArm.Mode.HASH, Duration.ofMinutes(30));
        int n = 20_000;
        int control = 0;
        for (int i = 0; i < n; i++) {
            control += arm.armOf("call-" + i, NOW) == BenchmarkArm.CONTROL ? 1 : 0;
        }
        double sd = Math.sqrt(n * 0.2 * 0.8);
        assertTrue(Math.abs(control - n * 0.2) < 4 * sd, control + " of " + n);
    }

    @Test
    void aCallStaysInItsArmWhateverItsTime() {
        ControlArm arm = new ControlArm(true, 0.5, ControlArm.Mode.HASH, Duration.ofMinutes(30));
        for (int i = 0; i < 100; i++) {
            assertEquals(arm.armOf("c" + i, NOW), arm.armOf("c" + i, NOW.plusSeconds(3600 * i)));
        }
    }

    @Test
    void timeBlocksAlternate() {
        ControlArm arm = new ControlArm(true, 0.5, ControlArm.Mode.TIME_BLOCKS, Duration.ofMinutes(30));
        Instant cycle = Instant.ofEpochSecond(3600 * 1000);
        assertEquals(BenchmarkArm.CONTROL, arm.armOf("a", cycle.plusSeconds(60)));
        assertEquals(BenchmarkArm.ATTUNE, arm.armOf("a", cycle.plusSeconds(1800 + 60)));
        assertEquals(BenchmarkArm.CONTROL, arm.armOf("a", cycle.plusSeconds(3600 + 60)));
    }

    @Test
    void offOrEmptyRoutesEveryCallByAttune() {
        assertEquals(BenchmarkArm.ATTUNE, ControlArm.off().armOf("x", NOW));
        ControlArm disabled = new ControlArm(false, 1, ControlArm.Mode.HASH, Duration.ofMinutes(1));
        assertEquals(BenchmarkArm.ATTUNE, disabled.armOf("x", NOW));
        assertThrows(IllegalArgumentException.class, () -> new ControlArm(true, 1.5, ControlArm.Mode.HASH, Duration.ofMinutes(1)));
    }
}
