package dev.attune.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The reserve's expected demand follows the policy's look-back and horizon, not constants. */
class HighCareDemandTest {
    private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

    @Test
    void twoArrivalsJustNowAreAThirdOfTheLookBackTimesTheHorizon() {
        HighCareDemand demand = new HighCareDemand(RoutingPolicy::defaults);
        demand.arrived("FRAUD_DISPUTE", T0);
        demand.arrived("FRAUD_DISPUTE", T0);
        assertEquals(2 * 5.0 / 15.0, demand.expected(T0).get("FRAUD_DISPUTE"), 1e-9);
    }

    @Test
    void aConfiguredHorizonAndLookBackChangeTheExpectation() {
        RoutingPolicy policy = RoutingPolicy.defaults().toBuilder()
                .reserveLookBack(Duration.ofMinutes(10)).reserveHorizon(Duration.ofMinutes(2)).build();
        HighCareDemand demand = new HighCareDemand(() -> policy);
        demand.arrived("FRAUD_DISPUTE", T0);
        assertEquals(0.2, demand.expected(T0).get("FRAUD_DISPUTE"), 1e-9);
        assertEquals(0.2 * Math.exp(-1), demand.expected(T0.plus(Duration.ofMinutes(10))).get("FRAUD_DISPUTE"), 1e-9);
        assertTrue(demand.expected(T0.plus(Duration.ofHours(3))).isEmpty());
    }
}
