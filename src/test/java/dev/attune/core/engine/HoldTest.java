package dev.attune.core.engine;

import static dev.attune.core.engine.Fixtures.CARDS;
import static dev.attune.core.engine.Fixtures.POOL;
import static dev.attune.core.engine.Fixtures.T0;
import static dev.attune.core.engine.Fixtures.agent;
import static dev.attune.core.engine.Fixtures.arrived;
import static dev.attune.core.engine.Fixtures.busyUntil;
import static dev.attune.core.engine.Fixtures.call;
import static dev.attune.core.engine.Fixtures.distressedRollover;
import static dev.attune.core.engine.Fixtures.profile;
import static dev.attune.core.engine.Fixtures.state;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.core.domain.AgentState;
import dev.attune.core.domain.Offer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bullseye behaviour: a high-care caller may wait a few seconds for a much better agent, never longer than the policy allows. */
class HoldTest {
    private final ManualClock clock = new ManualClock(T0);
    private final RoutingEngine engine = new RoutingEngine(Fixtures.settings(), clock, PlanMode.OFF);

    @BeforeEach
    void staff() {
        engine.apply(profile(agent("adequate", Map.of("RETIREMENT", 3, "CARDS", 3), 0.3), clock.instant()));
        engine.apply(state("adequate", AgentState.AVAILABLE, clock.instant()));
        engine.apply(profile(agent("star", Map.of("RETIREMENT", 5), 0.95), clock.instant()));
        engine.apply(busyUntil("star", clock.instant().plusSeconds(3), clock.instant()));
    }

    @AfterEach
    void close() {
        engine.close();
    }

    private PoolStatus.WaitingCall waiting(String callId) {
        return engine.status(POOL).waitingCalls().stream().filter(c -> c.callId().equals(callId)).findFirst()
                .orElseThrow();
    }

    @Test
    void aDistressedHighStakesCallerWaitsForTheStarAboutToBeFree() {
        assertTrue(engine.apply(arrived(distressedRollover("c1", clock.instant()))).isEmpty());
        assertEquals("star", waiting("c1").heldForAgentId());
        assertTrue(waiting("c1").careNeed() >= 0.6);

        clock.advanceSeconds(3);
        List<RoutingDirective> freed = engine.apply(state("star", AgentState.AVAILABLE, clock.instant()));
        assertEquals(1, freed.size());
        Offer offer = freed.get(0).offer();
        assertEquals("star", offer.agentId());
        assertTrue(offer.explanation().reasons().stream().anyMatch(r -> r.contains("Empathy")),
                () -> offer.explanation().reasons().toString());
    }

    @Test
    void aHoldNeverOutlastsThePolicyBound() {
        engine.apply(arrived(distressedRollover("c1", clock.instant())));
        clock.advanceSeconds(9);
        assertTrue(engine.tick().isEmpty());
        clock.advanceSeconds(1);
        List<RoutingDirective> released = engine.tick();
        assertEquals(1, released.size());
        assertEquals("adequate", released.get(0).offer().agentId());
    }

    @Test
    void aFreeAgentWhoIsEvenBetterTakesAHeldCall() {
        engine.apply(arrived(distressedRollover("c1", clock.instant())));
        engine.apply(profile(agent("better-still", Map.of("RETIREMENT", 5), 1.0), clock.instant()));
        List<RoutingDirective> out = engine.apply(state("better-still", AgentState.AVAILABLE, clock.instant()));
        assertEquals("better-still", out.get(0).offer().agentId());
    }

    @Test
    void aRoutineCallIsNeverHeld() {
        List<RoutingDirective> out = engine.apply(arrived(call("c2", CARDS, clock.instant())));
        assertEquals("adequate", out.get(0).offer().agentId());
    }

    @Test
    void aHoldEndsAtOnceWhenTheAwaitedAgentLeaves() {
        engine.apply(arrived(distressedRollover("c1", clock.instant())));
        clock.advanceSeconds(1);
        List<RoutingDirective> out = engine.apply(state("star", AgentState.LOGGED_OUT, clock.instant()));
        assertEquals("adequate", out.get(0).offer().agentId());
        assertTrue(engine.status(POOL).waitingCalls().isEmpty());
    }

    @Test
    void aCallIsHeldAtMostOnceInTotal() {
        engine.apply(arrived(distressedRollover("c1", clock.instant())));
        clock.advanceSeconds(8);
        // the star is running late and says so: the remaining allowance (2 s) is too short to wait again
        engine.apply(busyUntil("star", clock.instant().plusSeconds(5), clock.instant()));
        clock.advanceSeconds(2);
        List<RoutingDirective> out = engine.tick();
        assertEquals("adequate", out.get(0).offer().agentId());
        assertNull(engine.status(POOL).waitingCalls().stream().findFirst().map(PoolStatus.WaitingCall::heldForAgentId)
                .orElse(null));
    }
}
