package dev.attune.core.engine;

import static dev.attune.core.engine.Fixtures.POOL;
import static dev.attune.core.engine.Fixtures.T0;
import static dev.attune.core.engine.Fixtures.agent;
import static dev.attune.core.engine.Fixtures.arrived;
import static dev.attune.core.engine.Fixtures.busyUntil;
import static dev.attune.core.engine.Fixtures.distressedRollover;
import static dev.attune.core.engine.Fixtures.profile;
import static dev.attune.core.engine.Fixtures.state;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.core.domain.AgentState;
import dev.attune.core.domain.DecisionPath;
import dev.attune.core.domain.Offer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Timefold plan, solved inside tick() in STEPPED mode, is what the decider follows while it is fresh. */
class PlanTest {
    private final ManualClock clock = new ManualClock(T0);

    @Test
    void theDeciderFollowsAFreshPlanAndSaysSo() {
        try (RoutingEngine engine = new RoutingEngine(Fixtures.settings(), clock, PlanMode.STEPPED)) {
            engine.apply(profile(agent("adequate", Map.of("RETIREMENT", 3), 0.3), clock.instant()));
            engine.apply(state("adequate", AgentState.BUSY, clock.instant()));
            engine.apply(profile(agent("star", Map.of("RETIREMENT", 5), 0.95), clock.instant()));
            engine.apply(busyUntil("star", clock.instant().plusSeconds(4), clock.instant()));
            engine.apply(arrived(distressedRollover("c1", clock.instant())));

            engine.tick();
            PoolStatus status = engine.status(POOL);
            assertEquals(1, status.counters().plansAdopted());
            assertEquals(DecisionPath.PLAN, status.routingMode());
            assertNotNull(status.planAge());
            assertEquals("star", status.waitingCalls().get(0).heldForAgentId());

            clock.advanceSeconds(2);
            List<RoutingDirective> out = engine.apply(state("star", AgentState.AVAILABLE, clock.instant()));
            Offer offer = out.get(0).offer();
            assertEquals("star", offer.agentId());
            assertEquals(DecisionPath.PLAN, offer.path());
            assertTrue(offer.explanation().reasons().get(0).startsWith("Following the background plan"));
        }
    }

    @Test
    void aStalePlanIsIgnored() {
        try (RoutingEngine engine = new RoutingEngine(Fixtures.settings(), clock, PlanMode.STEPPED)) {
            engine.apply(profile(agent("star", Map.of("RETIREMENT", 5), 0.95), clock.instant()));
            engine.apply(busyUntil("star", clock.instant().plusSeconds(4), clock.instant()));
            engine.apply(arrived(distressedRollover("c1", clock.instant())));
            engine.tick();
            clock.advanceSeconds(4);
            assertEquals(DecisionPath.DECIDER, engine.status(POOL).routingMode());
        }
    }
}
