package dev.attune.core.engine;

import static dev.attune.core.engine.Fixtures.CARDS;
import static dev.attune.core.engine.Fixtures.POOL;
import static dev.attune.core.engine.Fixtures.ROLLOVER;
import static dev.attune.core.engine.Fixtures.T0;
import static dev.attune.core.engine.Fixtures.agent;
import static dev.attune.core.engine.Fixtures.arrived;
import static dev.attune.core.engine.Fixtures.call;
import static dev.attune.core.engine.Fixtures.profile;
import static dev.attune.core.engine.Fixtures.state;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.core.domain.AgentState;
import dev.attune.core.domain.Call;
import dev.attune.core.domain.DecisionPath;
import dev.attune.core.domain.Offer;
import dev.attune.core.domain.RoutingConstraint;
import dev.attune.core.engine.RoutingDirective.OfferCreated;
import dev.attune.core.engine.RoutingDirective.OfferRescinded;
import dev.attune.core.engine.event.CallAbandoned;
import dev.attune.core.engine.event.CallArrived;
import dev.attune.core.engine.event.CallEnded;
import dev.attune.core.engine.event.OfferAccepted;
import dev.attune.core.engine.event.OfferRejected;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OfferLifecycleTest {
    private final ManualClock clock = new ManualClock(T0);
    private final RoutingEngine engine = new RoutingEngine(Fixtures.settings(), clock, PlanMode.OFF);

    @AfterEach
    void close() {
        engine.close();
    }

    private void loginAvailable(String id, Map<String, Integer> skills, double empathy) {
        engine.apply(profile(agent(id, skills, empathy), clock.instant()));
        engine.apply(state(id, AgentState.AVAILABLE, clock.instant()));
    }

    private static Offer created(List<RoutingDirective> directives) {
        assertEquals(1, directives.size(), () -> "expected one offer, got " + directives);
        return assertInstanceOf(OfferCreated.class, directives.get(0)).offer();
    }

    private Offer pendingFor(String callId) {
        return engine.status(POOL).pendingOffers().stream().filter(o -> o.callId().equals(callId)).findFirst()
                .orElse(null);
    }

    @Test
    void aCallIsOfferedAcceptedAndEndedExactlyOnce() {
        loginAvailable("ann", Map.of("CARDS", 3), 0.5);
        clock.advanceSeconds(1);
        Offer offer = created(engine.apply(arrived(call("c1", CARDS, clock.instant()))));

        assertEquals("ann", offer.agentId());
        assertEquals(DecisionPath.DECIDER, offer.path());
        assertEquals(clock.instant().plus(Duration.ofSeconds(15)), offer.reservationDeadline());
        assertEquals(1, engine.status(POOL).agentsByState().get(AgentState.RESERVED));

        engine.apply(new OfferAccepted(POOL, offer.decisionId(), "c1", "ann", clock.instant()));
        assertEquals(1, engine.status(POOL).agentsByState().get(AgentState.BUSY));
        assertTrue(engine.status(POOL).pendingOffers().isEmpty());

        engine.apply(new CallEnded(POOL, "c1", "ann", null, null, null, clock.instant()));
        engine.apply(new CallEnded(POOL, "c1", "ann", null, null, null, clock.instant()));
        assertEquals(1, engine.status(POOL).counters().served());
    }

    @Test
    void aRejectedCallGoesBackToItsPlaceAndNeverToThatAgentAgain() {
        loginAvailable("ann", Map.of("CARDS", 3), 0.5);
        Offer first = created(engine.apply(arrived(call("c1", CARDS, clock.instant()))));
        clock.advanceSeconds(1);
        assertTrue(engine.apply(arrived(call("c2", CARDS, clock.instant()))).isEmpty());

        List<RoutingDirective> afterReject = engine.apply(
                new OfferRejected(POOL, first.decisionId(), "c1", "ann", "busy", clock.instant()));
        // ann is free again and takes the next call, not the one she rejected
        assertEquals("c2", created(afterReject).callId());

        loginAvailable("bob", Map.of("CARDS", 2), 0.5);
        assertEquals("bob", pendingFor("c1").agentId());
        assertEquals(1, engine.status(POOL).counters().rejections());
    }

    @Test
    void aRequeuedCallKeepsItsOriginalPlace() {
        loginAvailable("ann", Map.of("CARDS", 3), 0.5);
        Offer first = created(engine.apply(arrived(call("c1", CARDS, clock.instant()))));
        clock.advanceSeconds(5);
        engine.apply(arrived(call("c2", CARDS, clock.instant())));
        engine.apply(new OfferRejected(POOL, first.decisionId(), "c1", "ann", "no", clock.instant()));
        // c2 went to ann; c1 waits ahead of any later arrival
        clock.advanceSeconds(1);
        engine.apply(arrived(call("c3", CARDS, clock.instant())));
        List<String> order = engine.status(POOL).waitingCalls().stream().map(PoolStatus.WaitingCall::callId).toList();
        assertEquals(List.of("c1", "c3"), order);
    }

    @Test
    void noAnswerByTheDeadlineRescindsRequeuesAndSetsTheAgentAway() {
        loginAvailable("ann", Map.of("CARDS", 3), 0.5);
        Offer offer = created(engine.apply(arrived(call("c1", CARDS, clock.instant()))));
        clock.advanceSeconds(14);
        assertTrue(engine.tick().isEmpty());
        clock.advanceSeconds(1);

        List<RoutingDirective> rona = engine.tick();
        assertEquals(2, rona.size(), "the rescind, then the notice that Attune set the agent away");
        assertEquals(offer.decisionId(), assertInstanceOf(OfferRescinded.class, rona.get(0)).offer().decisionId());
        RoutingDirective.AgentSetAway away = assertInstanceOf(RoutingDirective.AgentSetAway.class, rona.get(1));
        assertEquals("ann", away.agentId());
        assertEquals(offer.decisionId(), away.offer().decisionId());
        PoolStatus status = engine.status(POOL);
        assertEquals(1, status.agentsByState().get(AgentState.AWAY));
        assertEquals(List.of("c1"), status.waitingCalls().stream().map(PoolStatus.WaitingCall::callId).toList());
        assertEquals(1, status.counters().timeouts());

        // the late accept is stale and harmless
        assertTrue(engine.apply(new OfferAccepted(POOL, offer.decisionId(), "c1", "ann", clock.instant())).isEmpty());
        assertEquals(1, engine.status(POOL).waitingCalls().size());
        // and ann, back from AWAY, is not offered the call she let ring out
        assertTrue(engine.apply(state("ann", AgentState.AVAILABLE, clock.instant())).isEmpty());
    }

    @Test
    void theCallersHangUpRescindsThePendingOfferAndFreesTheAgent() {
        loginAvailable("ann", Map.of("CARDS", 3), 0.5);
        created(engine.apply(arrived(call("c1", CARDS, clock.instant()))));
        List<RoutingDirective> gone = engine.apply(new CallAbandoned(POOL, "c1", clock.instant()));
        assertEquals(1, gone.size());
        assertInstanceOf(OfferRescinded.class, gone.get(0));
        PoolStatus status = engine.status(POOL);
        assertEquals(1, status.availableAgents());
        assertEquals(1, status.counters().abandoned());
    }

    @Test
    void anAgentWhoLeavesWithAPendingOfferHandsTheCallBack() {
        loginAvailable("ann", Map.of("CARDS", 3), 0.5);
        created(engine.apply(arrived(call("c1", CARDS, clock.instant()))));
        List<RoutingDirective> left = engine.apply(state("ann", AgentState.LOGGED_OUT, clock.instant()));
        assertInstanceOf(OfferRescinded.class, left.get(0));
        assertEquals(1, engine.status(POOL).waitingCalls().size());
        // not excluded: leaving is not a rejection
        engine.apply(state("ann", AgentState.AVAILABLE, clock.plusSecond()));
        assertEquals("ann", pendingFor("c1").agentId());
    }

    @Test
    void aServedCallWhoseEndWasLostEndsWhenTheAgentReportsFree() {
        loginAvailable("ann", Map.of("CARDS", 3), 0.5);
        Offer offer = created(engine.apply(arrived(call("c1", CARDS, clock.instant()))));
        engine.apply(new OfferAccepted(POOL, offer.decisionId(), "c1", "ann", clock.instant()));
        clock.advanceSeconds(300);
        engine.apply(state("ann", AgentState.AVAILABLE, clock.instant()));
        PoolStatus status = engine.status(POOL);
        assertEquals(1, status.counters().served());
        assertEquals(1, status.availableAgents());
    }

    @Test
    void duplicatesAndStaleEventsAreHarmless() {
        loginAvailable("ann", Map.of("CARDS", 3), 0.5);
        created(engine.apply(arrived(call("c1", CARDS, clock.instant()))));
        assertTrue(engine.apply(arrived(call("c1", CARDS, clock.instant()))).isEmpty());
        assertEquals(1, engine.status(POOL).pendingOffers().size());
        assertTrue(engine.apply(new OfferAccepted(POOL, "not-a-decision", "c1", "ann", clock.instant())).isEmpty());
        assertEquals(1, engine.status(POOL).pendingOffers().size());
        assertTrue(engine.apply(new CallAbandoned(POOL, "never-seen", clock.instant())).isEmpty());
    }

    @Test
    void inconsistentEventsAreRejectedWithAReason() {
        RejectedEventException noPool = assertThrows(RejectedEventException.class,
                () -> engine.apply(state("ghost", AgentState.AVAILABLE, clock.instant())));
        assertTrue(noPool.getMessage().contains(POOL), noPool.getMessage());
        loginAvailable("ann", Map.of("CARDS", 3), 0.5);
        RejectedEventException noProfile = assertThrows(RejectedEventException.class,
                () -> engine.apply(state("ghost", AgentState.AVAILABLE, clock.instant())));
        assertTrue(noProfile.getMessage().contains("'ghost', who has no profile"), noProfile.getMessage());
        RejectedEventException unknownProduct = assertThrows(RejectedEventException.class,
                () -> engine.apply(arrived(new Call("c9", POOL, "x", "YACHTS", "en", 0, false, 0, null, null,
                        clock.instant(), 0, null, null))));
        assertTrue(unknownProduct.getMessage().contains("YACHTS"), unknownProduct.getMessage());
        assertThrows(RejectedEventException.class, () -> engine.apply(new CallArrived(null)));
        assertEquals(2, engine.status(POOL).counters().rejectedEvents());
        assertFalse(engine.status(POOL).fallbackActive());
    }

    @Test
    void theAnxiousRolloverCallerGetsTheEmpathicExpertAndAWhisper() {
        loginAvailable("cool-expert", Map.of("RETIREMENT", 5), 0.2);
        loginAvailable("warm-expert", Map.of("RETIREMENT", 5), 0.95);
        loginAvailable("warm-novice", Map.of("RETIREMENT", 3), 0.95);
        engine.apply(Fixtures.anxious("c1", 0.8, clock.instant()));
        Offer offer = created(engine.apply(arrived(call("c1", ROLLOVER, 180_000, clock.instant()))));

        assertEquals("warm-expert", offer.agentId());
        assertEquals("Caller anxious (0.80), 401(k) rollover of $180k at stake: slow down, confirm each step",
                offer.explanation().whisper());
        assertEquals(RoutingConstraint.values().length, offer.explanation().contributions().size());
        assertFalse(offer.explanation().reasons().isEmpty());
        assertEquals(Set.of("cool-expert", "warm-novice"), Set.copyOf(offer.explanation().alternativeAgentIds()));
    }
}
