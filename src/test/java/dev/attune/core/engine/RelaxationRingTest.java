package dev.attune.core.engine;

import static dev.attune.core.engine.Fixtures.CARDS;
import static dev.attune.core.engine.Fixtures.FRAUD;
import static dev.attune.core.engine.Fixtures.POOL;
import static dev.attune.core.engine.Fixtures.ROLLOVER;
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
import dev.attune.core.domain.CareModel;
import dev.attune.core.domain.Catalogue;
import dev.attune.core.domain.Offer;
import dev.attune.core.domain.Product;
import dev.attune.core.domain.RelaxationRing;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Bullseye in the live engine: a call's eligible agents widen ring by ring as it waits. */
class RelaxationRingTest {
    private final ManualClock clock = new ManualClock(T0);
    private RoutingEngine engine;

    private void start(Product product) {
        Catalogue catalogue = new Catalogue(List.of(product, CARDS));
        engine = new RoutingEngine(new RoutingSettings(catalogue, CareModel.defaults(), RoutingPolicy.defaults(),
                Fixtures.shippedWeights()), clock, PlanMode.OFF);
    }

    @AfterEach
    void close() {
        if (engine != null) {
            engine.close();
        }
    }

    /** FRAUD (catalogue minimum 2): level 4+ first, level 2+ after 30 s. */
    private static Product fraudWithRings() {
        return new Product(FRAUD.code(), FRAUD.label(), FRAUD.requiredSkill(), 2, null, FRAUD.baseStakes(),
                FRAUD.baseDistress(), FRAUD.serviceLevel(),
                List.of(new RelaxationRing(0, 4), new RelaxationRing(30, 2)));
    }

    @Test
    void aRareProductCallerWithOnlyALevelTwoAgentIdleIsOfferedAtThirtySecondsAndNotBefore() {
        start(fraudWithRings());
        engine.apply(profile(agent("level2", Map.of("FRAUD", 2), 0.5), clock.instant()));
        engine.apply(state("level2", AgentState.AVAILABLE, clock.instant()));
        assertTrue(engine.apply(arrived(call("c1", FRAUD, clock.instant()))).isEmpty());
        for (int second = 1; second < 30; second++) {
            clock.advanceSeconds(1);
            assertTrue(engine.tick().isEmpty(), "offered after " + second + " s, before the ring widened");
        }
        assertEquals(WaitReason.WAITING_FOR_RELAXATION_RING, engine.status(POOL).waitingCalls().get(0).waitReason(),
                "queue health says the call waits for its ring to reach the idle agent's level");
        clock.advanceSeconds(1);
        List<RoutingDirective> out = engine.tick();
        assertEquals(1, out.size());
        Offer offer = out.get(0).offer();
        assertEquals("level2", offer.agentId());
        assertTrue(offer.explanation().reasons().stream()
                        .anyMatch(r -> r.startsWith("Relaxation ring 2 of 2: FRAUD 2+ from 30 s")),
                () -> offer.explanation().reasons().toString());
    }

    /**
     * A free agent below the ring in force was never a candidate: the explanation must not rank them behind the
     * chosen agent on points, as if they had been (the ring's own line says what it admitted).
     */
    @Test
    void anAgentTheRingDoesNotAdmitYetIsNotARunnerUp() {
        start(fraudWithRings());
        for (String id : List.of("level5", "level2")) {
            engine.apply(profile(agent(id, Map.of("FRAUD", id.equals("level5") ? 5 : 2), 0.5), clock.instant()));
            engine.apply(state(id, AgentState.AVAILABLE, clock.instant()));
        }
        clock.advanceSeconds(5);

        Offer offer = engine.apply(arrived(call("c1", FRAUD, clock.instant()))).get(0).offer();

        assertEquals("level5", offer.agentId());
        assertTrue(offer.explanation().passedOver().stream().noneMatch(l -> l.startsWith("level2: ")),
                () -> offer.explanation().passedOver().toString());
        assertTrue(offer.explanation().reasons().contains("Only eligible agent free now"),
                () -> offer.explanation().reasons().toString());
        assertTrue(offer.explanation().reasons().stream().anyMatch(r -> r.startsWith("Relaxation ring 1 of 2: FRAUD 4+")),
                () -> offer.explanation().reasons().toString());
    }

    @Test
    void callsAlikeOnOneScreenShareTheirReasonAndOthersKeepTheirOwn() {
        // the screen works out one reason for calls alike (product, language, channel, ring, nobody excluded)
        start(fraudWithRings());
        engine.apply(profile(agent("level2", Map.of("FRAUD", 2), 0.5), clock.instant()));
        engine.apply(state("level2", AgentState.AVAILABLE, clock.instant()));
        engine.apply(profile(agent("cards", Map.of("CARDS", 3), 0.5), clock.instant()));
        engine.apply(busyUntil("cards", clock.instant().plusSeconds(600), clock.instant()));
        for (String id : List.of("f1", "f2", "f3")) {
            engine.apply(arrived(call(id, FRAUD, clock.plusSecond())));
        }
        engine.apply(arrived(call("c1", CARDS, clock.plusSecond())));
        Map<String, WaitReason> reasons = new java.util.HashMap<>();
        engine.status(POOL).waitingCalls().forEach(c -> reasons.put(c.callId(), c.waitReason()));
        assertEquals(Map.of("f1", WaitReason.WAITING_FOR_RELAXATION_RING, "f2", WaitReason.WAITING_FOR_RELAXATION_RING,
                "f3", WaitReason.WAITING_FOR_RELAXATION_RING, "c1", WaitReason.ALL_ELIGIBLE_BUSY), reasons);
    }

    @Test
    void anAgentInTheFirstRingIsOfferedAtOnceAndTheExplanationNamesRingOne() {
        start(fraudWithRings());
        engine.apply(profile(agent("level4", Map.of("FRAUD", 4), 0.5), clock.instant()));
        engine.apply(state("level4", AgentState.AVAILABLE, clock.instant()));
        List<RoutingDirective> out = engine.apply(arrived(call("c1", FRAUD, clock.instant())));
        assertEquals(1, out.size());
        assertTrue(out.get(0).offer().explanation().reasons().stream()
                .anyMatch(r -> r.startsWith("Relaxation ring 1 of 2")));
    }

    @Test
    void aFreedAgentBelowTheRingDoesNotTakeTheCallUntilTheRingWidens() {
        start(fraudWithRings());
        engine.apply(profile(agent("level2", Map.of("FRAUD", 2), 0.5), clock.instant()));
        engine.apply(arrived(call("c1", FRAUD, clock.instant())));
        clock.advanceSeconds(10);
        assertTrue(engine.apply(state("level2", AgentState.AVAILABLE, clock.instant())).isEmpty());
        clock.advanceSeconds(20);
        assertEquals("level2", engine.tick().get(0).offer().agentId());
    }

    @Test
    void aHoldForABetterAgentNeverOutlastsTheCurrentRing() {
        // a rollover ring widens at 4 s; the star frees at 8 s, inside maxHold (10 s) but beyond the ring
        start(new Product(ROLLOVER.code(), ROLLOVER.label(), ROLLOVER.requiredSkill(), 3, ROLLOVER.requiredLicence(),
                ROLLOVER.baseStakes(), ROLLOVER.baseDistress(), ROLLOVER.serviceLevel(),
                List.of(new RelaxationRing(0, 5), new RelaxationRing(4, 3))));
        engine.apply(profile(agent("star", Map.of("RETIREMENT", 5), 0.95), clock.instant()));
        engine.apply(busyUntil("star", clock.instant().plusSeconds(8), clock.instant()));
        engine.apply(profile(agent("adequate", Map.of("RETIREMENT", 3), 0.3), clock.instant()));
        engine.apply(state("adequate", AgentState.AVAILABLE, clock.instant()));
        assertTrue(engine.apply(arrived(distressedRollover("c1", clock.instant()))).isEmpty());
        assertNull(engine.status(POOL).waitingCalls().get(0).heldForAgentId(), "held beyond the current ring");
        for (int second = 1; second < 4; second++) {
            clock.advanceSeconds(1);
            assertTrue(engine.tick().isEmpty());
            assertNull(engine.status(POOL).waitingCalls().get(0).heldForAgentId());
        }
        // in the last ring the star, free in 4 s, is within maxHold again: held for it, or offered to the adequate agent
        clock.advanceSeconds(1);
        List<RoutingDirective> out = engine.tick();
        assertTrue(out.isEmpty() ? "star".equals(engine.status(POOL).waitingCalls().get(0).heldForAgentId())
                : "adequate".equals(out.get(0).offer().agentId()));
    }

    /** FRAUD: level 4+ first, level 2+ after 30 s, then senior generalists (GENERAL 4+) after 90 s. */
    private static Product fraudWithOverflow() {
        return new Product(FRAUD.code(), FRAUD.label(), FRAUD.requiredSkill(), 2, null, FRAUD.baseStakes(),
                FRAUD.baseDistress(), FRAUD.serviceLevel(), List.of(new RelaxationRing(0, 4), new RelaxationRing(30, 2),
                        RelaxationRing.overflow(90, "GENERAL", 4)));
    }

    @Test
    void anOverflowRingOffersTheCallToASeniorGeneralistAtNinetySecondsAndNotBefore() {
        start(fraudWithOverflow());
        engine.apply(profile(agent("generalist", Map.of("GENERAL", 4), 0.5), clock.instant()));
        engine.apply(profile(agent("junior", Map.of("GENERAL", 3), 0.5), clock.instant()));
        engine.apply(state("generalist", AgentState.AVAILABLE, clock.instant()));
        engine.apply(state("junior", AgentState.AVAILABLE, clock.instant()));
        assertTrue(engine.apply(arrived(call("c1", FRAUD, clock.instant()))).isEmpty());
        for (int second = 1; second < 90; second++) {
            clock.advanceSeconds(1);
            assertTrue(engine.tick().isEmpty(), "offered after " + second + " s, before the overflow ring");
        }
        assertEquals(WaitReason.WAITING_FOR_RELAXATION_RING, engine.status(POOL).waitingCalls().get(0).waitReason());
        clock.advanceSeconds(1);
        List<RoutingDirective> out = engine.tick();
        assertEquals(1, out.size());
        Offer offer = out.get(0).offer();
        assertEquals("generalist", offer.agentId(), "GENERAL 3 is below the overflow ring's 4");
        assertTrue(offer.explanation().reasons().stream()
                        .anyMatch(r -> r.startsWith("Relaxation ring 3 of 3 (overflow): FRAUD 2+ or GENERAL 4+ from 90 s")),
                () -> offer.explanation().reasons().toString());
    }

    @Test
    void anOverflowRingMustBeLastAndOnAnotherSkill() {
        IllegalArgumentException notLast = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new Product("X", "X", "FRAUD", 2, null, 0.5, 0.5, FRAUD.serviceLevel(), List.of(
                        new RelaxationRing(0, 2), RelaxationRing.overflow(30, "GENERAL", 4), new RelaxationRing(60, 2))));
        assertTrue(notLast.getMessage().startsWith("rings[1].overflowSkill"), notLast.getMessage());
        IllegalArgumentException ownSkill = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new Product("X", "X", "FRAUD", 2, null, 0.5, 0.5, FRAUD.serviceLevel(), List.of(
                        new RelaxationRing(0, 2), RelaxationRing.overflow(30, "FRAUD", 1))));
        assertTrue(ownSkill.getMessage().startsWith("rings[1].overflowSkill"), ownSkill.getMessage());
    }
}
