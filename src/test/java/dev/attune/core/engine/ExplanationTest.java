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
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.core.domain.AgentProfile;
import dev.attune.core.domain.AgentState;
import dev.attune.core.domain.Explanation;
import dev.attune.core.domain.Offer;
import dev.attune.core.engine.RoutingDirective.OfferCreated;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What a compliance officer reads about an offer: every hard rule, who was passed over and why, ties. */
class ExplanationTest {
    private final ManualClock clock = new ManualClock(T0);
    private final RoutingEngine engine = new RoutingEngine(Fixtures.settings(), clock, PlanMode.OFF);

    @AfterEach
    void close() {
        engine.close();
    }

    private void available(AgentProfile profile) {
        engine.apply(profile(profile, clock.instant()));
        engine.apply(state(profile.id(), AgentState.AVAILABLE, clock.instant()));
    }

    private Explanation offerFor(dev.attune.core.domain.Call call) {
        List<RoutingDirective> out = engine.apply(arrived(call));
        assertEquals(1, out.size(), () -> "expected one offer, got " + out);
        Offer offer = assertInstanceOf(OfferCreated.class, out.get(0)).offer();
        return offer.explanation();
    }

    @Test
    void namesEveryHardRuleAndTheAgentsARuleKeptOut() {
        available(agent("ann", Map.of("RETIREMENT", 4), 0.6));
        // Better empathy than ann, but no licence: the first thing an auditor asks about.
        available(new AgentProfile("cat", POOL, "cat", Map.of("RETIREMENT", 5), Set.of("en"), Set.of(), 0.95, 1));
        available(new AgentProfile("dan", POOL, "dan", Map.of("RETIREMENT", 5), Set.of("es"), Set.of("SERIES_65"),
                0.9, 1));
        clock.advanceSeconds(5);

        Explanation why = offerFor(distressedRollover("r1", clock.instant()));

        assertEquals(List.of(
                "Required skill: RETIREMENT 4/5, minimum 3",
                "Language: speaks the caller's en",
                "Required licence: SERIES_65 held",
                "Agent availability: AVAILABLE",
                "Agent capacity: 0 of 1 VOICE calls in progress",
                "Excluded agent: nobody declined this call"), why.rulesChecked());
        assertTrue(why.passedOver().contains("cat: no SERIES_65 licence"), why.passedOver()::toString);
        assertTrue(why.passedOver().contains("dan: does not speak en"), why.passedOver()::toString);
        assertTrue(why.reasons().contains("Only eligible agent free now"), why.reasons()::toString);
    }

    /** Every free agent qualifies, so the only one a rule keeps out is the one who declined the call. */
    @Test
    void namesTheFreeAgentWhoDeclinedTheCall() {
        available(agent("ann", Map.of("RETIREMENT", 5), 0.9));
        available(agent("bob", Map.of("RETIREMENT", 4), 0.5));
        clock.advanceSeconds(5);
        Offer first = assertInstanceOf(OfferCreated.class,
                engine.apply(arrived(distressedRollover("r1", clock.instant()))).get(0)).offer();
        assertEquals("ann", first.agentId());

        List<RoutingDirective> after = engine.apply(new dev.attune.core.engine.event.OfferRejected(POOL,
                first.decisionId(), "r1", "ann", "no", clock.instant()));
        Offer second = after.stream().filter(OfferCreated.class::isInstance).map(d -> ((OfferCreated) d).offer())
                .filter(o -> o.callId().equals("r1")).findFirst().orElseThrow();

        assertEquals("bob", second.agentId());
        assertTrue(second.explanation().passedOver().stream().anyMatch(line -> line.startsWith("ann: ")),
                second.explanation().passedOver()::toString);
    }

    /**
     * Of many free agents a rule keeps out, the two named are those whose profile would have scored best (the most
     * empathetic at one skill level), ties by id, however the agents joined: the walk stops early, never wrongly.
     */
    @Test
    void namesTheBestProfilesOfManyKeptOutAndBreaksTiesById() {
        available(agent("ann", Map.of("RETIREMENT", 4), 0.3));
        java.util.Random random = new java.util.Random(18);
        List<String> ids = new java.util.ArrayList<>();
        for (int n = 0; n < 40; n++) {
            ids.add(String.format("es-%02d", n));
        }
        java.util.Collections.shuffle(ids, random);
        for (String id : ids) {
            // three of them share the best empathy: the first two by id are named
            double empathy = id.equals("es-07") || id.equals("es-31") || id.equals("es-12") ? 0.9
                    : random.nextInt(9) / 10.0;
            available(agent(id, Map.of("RETIREMENT", 4), empathy, Set.of("es")));
        }
        clock.advanceSeconds(5);

        Explanation why = offerFor(distressedRollover("r9", clock.instant()));

        assertEquals(List.of("es-07: does not speak en", "es-12: does not speak en"),
                why.passedOver().stream().filter(l -> l.startsWith("es-")).toList());
    }

    @Test
    void aRunnerUpIsShownBehindOnTheTermsItLost() {
        available(agent("ann", Map.of("RETIREMENT", 4), 0.95));
        available(agent("bob", Map.of("RETIREMENT", 4), 0.2));
        clock.advanceSeconds(5);

        Explanation why = offerFor(distressedRollover("r2", clock.instant()));

        String bob = why.passedOver().stream().filter(l -> l.startsWith("bob: ")).findFirst().orElseThrow();
        assertTrue(bob.matches("bob: \\d+ points behind: Empathy for distress -\\d+.*"), bob);
        assertTrue(why.reasons().get(0).startsWith("Empathy 0.95"), why.reasons()::toString);
    }

    @Test
    void aTieSaysSoAndHowItWasBroken() {
        available(agent("ann", Map.of("CARDS", 3), 0.5));
        available(agent("bob", Map.of("CARDS", 3), 0.5));
        clock.advanceSeconds(5);

        Explanation why = offerFor(call("c1", CARDS, clock.instant()));

        assertTrue(why.reasons().stream().anyMatch(r -> r.startsWith("Tie with bob at ")), why.reasons()::toString);
        assertTrue(why.passedOver().stream().anyMatch(l -> l.startsWith("bob: tied at ")
                && l.endsWith("equally idle; the chosen agent comes first by id")), why.passedOver()::toString);
    }

    @Test
    void aTermThatCostTheWinnerPointsIsNeverAReasonInItsFavour() {
        // the only agent, with poor empathy for a distressed caller: the empathy term costs it points
        available(agent("low", Map.of("RETIREMENT", 3), 0.1));
        clock.advanceSeconds(5);

        Explanation why = offerFor(distressedRollover("r3", clock.instant()));

        assertTrue(why.contributions().stream()
                .anyMatch(c -> c.constraint().equals("Empathy for distress") && c.score() < 0));
        assertTrue(why.reasons().stream().noneMatch(r -> r.startsWith("Empathy")), why.reasons()::toString);
        assertTrue(why.reasons().stream().noneMatch(r -> r.startsWith("Proficiency")), why.reasons()::toString);
    }

    /**
     * An agent who comes free and takes the call held for them chose without comparing agents for it (the hold did),
     * so the explanation scores the free agents the decider would have offered it: the one passed over is named.
     */
    @Test
    void anAgentTakingTheCallHeldForThemNamesTheFreeAgentPassedOver() {
        available(agent("adequate", Map.of("RETIREMENT", 3), 0.3));
        engine.apply(profile(agent("star", Map.of("RETIREMENT", 5), 0.95), clock.instant()));
        engine.apply(busyUntil("star", clock.instant().plusSeconds(3), clock.instant()));
        assertTrue(engine.apply(arrived(distressedRollover("h1", clock.instant()))).isEmpty(), "held for star");
        clock.advanceSeconds(3);

        List<RoutingDirective> out = engine.apply(state("star", AgentState.AVAILABLE, clock.instant()));

        Offer offer = assertInstanceOf(OfferCreated.class, out.get(0)).offer();
        assertEquals("star", offer.agentId());
        assertTrue(offer.explanation().passedOver().stream()
                        .anyMatch(l -> l.matches("adequate: \\d+ points behind: .*")),
                offer.explanation().passedOver()::toString);
    }
}
