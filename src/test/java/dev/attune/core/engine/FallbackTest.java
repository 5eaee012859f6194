package dev.attune.core.engine;

import static dev.attune.core.engine.Fixtures.CARDS;
import static dev.attune.core.engine.Fixtures.POOL;
import static dev.attune.core.engine.Fixtures.T0;
import static dev.attune.core.engine.Fixtures.agent;
import static dev.attune.core.engine.Fixtures.arrived;
import static dev.attune.core.engine.Fixtures.call;
import static dev.attune.core.engine.Fixtures.profile;
import static dev.attune.core.engine.Fixtures.state;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.core.domain.AgentState;
import dev.attune.core.domain.DecisionPath;
import dev.attune.core.domain.Offer;
import dev.attune.core.solver.RoutingPlan;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** When the solver fails or is late, routing falls back to skills-based longest idle, says so, and recovers. */
class FallbackTest {
    private final ManualClock clock = new ManualClock(T0);

    /** Fails while {@code failing} is set, else plans nothing (every call left to the decider). */
    private static final class FlakyPlanner implements Planner {
        final AtomicBoolean failing = new AtomicBoolean(true);
        int calls;

        @Override
        public Map<String, String> solve(RoutingPlan snapshot) {
            calls++;
            if (failing.get()) {
                throw new IllegalStateException("score corruption");
            }
            return Map.of();
        }
    }

    @Test
    void aFailingSolverSwitchesRoutingToLongestIdleUntilAPlanSucceeds() {
        FlakyPlanner planner = new FlakyPlanner();
        try (RoutingEngine engine = new RoutingEngine(Fixtures.settings(), clock, PlanMode.STEPPED, planner)) {
            engine.apply(profile(agent("early", Map.of("CARDS", 1), 0.1), clock.instant()));
            engine.apply(arrived(call("c0", CARDS, clock.instant())));
            engine.apply(state("early", AgentState.BUSY, clock.instant()));
            engine.apply(arrived(call("c1", CARDS, clock.instant())));
            engine.tick();
            assertEquals(1, planner.calls);
            PoolStatus status = engine.status(POOL);
            assertTrue(status.fallbackActive());
            assertTrue(status.fallbackReason().contains("score corruption"), status.fallbackReason());
            assertEquals(1, status.counters().fallbacks());

            // the warm expert is better by every soft measure, but the fallback only knows who waited longest
            clock.advanceSeconds(1);
            engine.apply(profile(agent("idle-longest", Map.of("CARDS", 1), 0.1), clock.instant()));
            engine.apply(state("idle-longest", AgentState.AWAY, clock.instant()));
            engine.apply(profile(agent("warm-expert", Map.of("CARDS", 5), 1.0), clock.instant()));
            engine.apply(state("warm-expert", AgentState.AWAY, clock.instant()));
            engine.apply(state("idle-longest", AgentState.AVAILABLE, clock.plusSecond()));
            Offer offer = engine.status(POOL).pendingOffers().get(0);
            assertEquals(DecisionPath.FALLBACK, offer.path());
            assertEquals("idle-longest", offer.agentId());
            assertTrue(offer.explanation().reasons().get(0).startsWith("Fallback routing"));

            planner.failing.set(false);
            clock.advance(Duration.ofSeconds(1));
            engine.apply(state("early", AgentState.BUSY, clock.instant()));
            engine.apply(arrived(call("c4", CARDS, clock.instant())));
            engine.apply(state("warm-expert", AgentState.BUSY, clock.instant()));
            engine.apply(arrived(call("c5", CARDS, clock.instant())));
            engine.tick();
            status = engine.status(POOL);
            assertFalse(status.fallbackActive(), status.fallbackReason());
            assertEquals(1, status.counters().plansAdopted());
        }
    }

    @Test
    void aSolverThatMissesItsDeadlineTriggersTheFallbackInTheBackgroundMode() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Planner stuck = snapshot -> {
            started.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Map.of();
        };
        RoutingPolicy policy = RoutingPolicy.defaults().toBuilder().planInterval(Duration.ofMillis(20))
                .planDeadline(Duration.ofSeconds(2)).build();
        try (RoutingEngine engine = new RoutingEngine(Fixtures.settings(policy), clock, PlanMode.BACKGROUND, stuck)) {
            engine.apply(profile(agent("a", Map.of("CARDS", 1), 0.1), clock.instant()));
            engine.apply(arrived(call("c1", CARDS, clock.instant())));
            assertTrue(started.await(5, TimeUnit.SECONDS), "the background planner never started");
            clock.advanceSeconds(1);
            engine.tick();
            assertFalse(engine.status(POOL).fallbackActive());
            clock.advanceSeconds(2);
            engine.tick();
            PoolStatus status = engine.status(POOL);
            assertTrue(status.fallbackActive());
            assertTrue(status.fallbackReason().contains("missed its deadline"), status.fallbackReason());

            // routing goes on meanwhile
            engine.apply(state("a", AgentState.AVAILABLE, clock.instant()));
            assertEquals(DecisionPath.FALLBACK, engine.status(POOL).pendingOffers().get(0).path());
            release.countDown();
        }
    }

    /**
     * A late or failed solve must not leave routing on longest idle for as long as no call happens to wait: on a
     * well-staffed floor every call is offered as it arrives, so a plan of waiting calls may never come. After a
     * restart, one solve late while the JIT warmed kept a load test's pool on longest idle for its whole first
     * minute (docs/load-test.md). While the pool is on the fallback the planner is asked with no call waiting too.
     */
    @Test
    void aPoolLeavesTheFallbackOnceTheSolverWorksAgainThoughNoCallWaits() {
        FlakyPlanner planner = new FlakyPlanner();
        try (RoutingEngine engine = new RoutingEngine(Fixtures.settings(), clock, PlanMode.STEPPED, planner)) {
            engine.apply(profile(agent("busy", Map.of("CARDS", 1), 0.1), clock.instant()));
            engine.apply(state("busy", AgentState.BUSY, clock.instant()));
            engine.apply(arrived(call("c1", CARDS, clock.instant())));
            engine.tick();
            assertTrue(engine.status(POOL).fallbackActive());

            engine.apply(new dev.attune.core.engine.event.CallAbandoned(POOL, "c1", clock.instant()));
            assertEquals(0, engine.status(POOL).waitingCalls().size());
            planner.failing.set(false);
            clock.advanceSeconds(1);
            engine.tick();

            PoolStatus status = engine.status(POOL);
            assertFalse(status.fallbackActive(), status.fallbackReason());
            engine.apply(profile(agent("idle-longest", Map.of("CARDS", 1), 0.1), clock.instant()));
            engine.apply(state("idle-longest", AgentState.AVAILABLE, clock.instant()));
            engine.apply(profile(agent("warm-expert", Map.of("CARDS", 5), 1.0), clock.instant()));
            engine.apply(state("warm-expert", AgentState.AVAILABLE, clock.plusSecond()));
            clock.advanceSeconds(2);
            engine.apply(arrived(call("c2", CARDS, clock.instant())));
            Offer offer = engine.status(POOL).pendingOffers().get(0);
            assertEquals(DecisionPath.DECIDER, offer.path());
            assertEquals("warm-expert", offer.agentId());
        }
    }
}
