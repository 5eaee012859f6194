package dev.attune.load;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A saw-tooth lag (commits every few seconds) is kept pace with; a lag that climbs under the teeth is not. */
class LagTrendTest {

    @Test
    void aSawToothAroundALevelDoesNotGrow() {
        LagTrend trend = new LagTrend();
        for (int s = 0; s < 60; s++) {
            // 1,000 calls/s, about four input records each, committed every 5 s
            trend.add(s, 4_000L * (s % 5));
        }
        assertFalse(trend.grows(), "slope " + trend.slope());
    }

    @Test
    void aServiceShortOfItsInputGrows() {
        LagTrend trend = new LagTrend();
        for (int s = 0; s < 60; s++) {
            // the 1,000/s step: 86 calls a second left behind, about four records each
            trend.add(s, 4_000L * (s % 5) + 344L * s);
        }
        assertTrue(trend.grows(), "slope " + trend.slope());
    }

    @Test
    void tooFewReadingsSayNothing() {
        LagTrend trend = new LagTrend();
        trend.add(0, 0);
        trend.add(1, 100_000);
        trend.add(2, -1);
        assertFalse(trend.grows());
    }
}
