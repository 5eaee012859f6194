package dev.attune.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.attune.core.domain.AgentState;
import dev.attune.core.domain.Call;
import dev.attune.core.domain.DecisionPath;
import dev.attune.core.domain.ServiceLevelTarget;
import dev.attune.core.engine.PoolStatus;
import dev.attune.core.engine.event.CallAbandoned;
import dev.attune.core.engine.event.CallArrived;
import dev.attune.core.engine.event.OfferAccepted;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** A pool's health from its waiting calls and today's finished ones: each figure counted once, in its own row. */
class EngineQueueHealthTest {
    private static final Instant NINE_AM = Instant.parse("2026-03-02T09:00:00Z");
    private static final Function<String, ServiceLevelTarget> TARGETS = Map.of(
            "CARDS", new ServiceLevelTarget(0.8, 20),
            "FRAUD", new ServiceLevelTarget(0.9, 15))::get;

    private final TodayTally tally = new TodayTally(TARGETS, Clock.fixed(NINE_AM.plusSeconds(60), ZoneOffset.UTC),
            ZoneOffset.UTC);

    @Test
    void waitingCallsAndTodaysCallsMakeOnePoolsHealth() {
        answer("c1", "CARDS", 20);
        answer("c2", "CARDS", 21);
        answer("c3", "FRAUD", 10);
        arrive("c4", "FRAUD");
        tally.record(new CallAbandoned("east", "c4", NINE_AM.plusSeconds(5)));
        PoolStatus status = new PoolStatus("east", NINE_AM, List.of(
                waiting("w1", "CARDS", 30, 0.9, 0.2),
                waiting("w2", "FRAUD", 5, 0.3, 0.8),
                waiting("w3", "MORTGAGE", 50, 0.8, 0.9)),
                Map.of(AgentState.AVAILABLE, 2, AgentState.BUSY, 3), 2, List.of(), Duration.ofSeconds(50),
                DecisionPath.DECIDER, null, null,
                new PoolStatus.Counters(Map.of(DecisionPath.DECIDER, 5L), 0, 0, 0, 0, 0, 0, 0, 0, 0));
        EngineQueueHealth health = new EngineQueueHealth(() -> List.of(status), tally, new RecentDecisions(10),
                pool -> 12.0, TARGETS, 0.7, 0.6, 2);

        PoolHealth pool = health.pools().get(0);

        assertEquals(3, pool.waiting());
        assertEquals(1, pool.waitingPastThreshold(), "only w1 waited past its product's threshold");
        assertEquals(1.5, pool.worstWaitRatio());
        assertNull(pool.answerThresholdSeconds(), "two products, two thresholds");
        assertEquals(new PoolHealth.CareWaiting(2, 50, 1), pool.highCare());
        assertEquals(new PoolHealth.CareWaiting(2, 50, 0), pool.distressed());
        assertEquals(List.of(3L, 2L, 1L), List.of(pool.answered(), pool.answeredInTime(), pool.abandoned()));
        assertEquals(0.5, pool.serviceLevel());
        assertEquals(0.25, pool.abandonment());
        assertEquals(0.85, pool.serviceLevelTarget(), 1e-9);
        assertEquals(List.of("MORTGAGE", "CARDS", "FRAUD"), pool.queues().stream().map(PoolHealth.QueueHealth::product).toList());
        assertEquals(new PoolHealth.QueueHealth("CARDS", 1, 30, 1, 0, 20, 0.5, 0.8, 2), pool.queues().get(1));
        assertEquals(2, pool.agentsByState().get("AVAILABLE"));
        assertEquals(0, pool.agentsByState().get("AWAY"));
        assertEquals(5L, pool.decisions().get("DECIDER"));
        assertEquals(0L, pool.decisions().get("FALLBACK"));
        assertEquals(List.of("w1", "w2"), pool.waitingCalls().stream().map(PoolHealth.WaitingCall::callId).toList());
        assertEquals(12.0, pool.decisionP99Millis());
    }

    private void arrive(String callId, String product) {
        tally.record(new CallArrived(new Call(callId, "east", null, product, "en", 0, false, 0, null, null,
                NINE_AM, 0, Set.of(), null)));
    }

    private void answer(String callId, String product, int second) {
        arrive(callId, product);
        tally.record(new OfferAccepted("east", "d-" + callId, callId, "a1", NINE_AM.plusSeconds(second)));
    }

    private static PoolStatus.WaitingCall waiting(String callId, String product, int seconds, double careNeed,
            double distress) {
        return new PoolStatus.WaitingCall(callId, product, 0, Duration.ofSeconds(seconds), careNeed, distress, 0.5, null);
    }
}
