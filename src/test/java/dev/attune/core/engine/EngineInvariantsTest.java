package dev.attune.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.core.domain.AgentState;
import dev.attune.core.engine.EngineScenario.AgentSpec;
import dev.attune.core.engine.EngineScenario.Outcome;
import dev.attune.core.engine.EngineScenario.Step;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * The engine's promises over random episodes (arrivals, emotion updates, agents coming and going, offers
 * accepted, rejected and ringing out, hang-ups, ends, duplicates and stale events, time passing):
 * <ul>
 * <li>an agent never holds two offers (capacity 1);</li>
 * <li>no offer breaks a hard constraint (skill, language, licence, availability, exclusion);</li>
 * <li>every call ends exactly once, served or abandoned;</li>
 * <li>an agent who rejected a call or let it ring out is never offered it again;</li>
 * <li>replaying the same events gives the same offers, with and without the Timefold plan.</li>
 * </ul>
 */
class EngineInvariantsTest {

    @Property(tries = 300)
    void theInstantDeciderKeepsEveryRule(@ForAll("agents") List<AgentSpec> agents,
            @ForAll("episodes") List<Step> steps) {
        assertKeepsTheRules(EngineScenario.play(agents, steps, PlanMode.OFF, null));
    }

    /** Events delivered in batches (as a Kafka poll delivers them) and decided jointly keep every rule too. */
    @Property(tries = 200)
    void batchesDecidedJointlyKeepEveryRule(@ForAll("agents") List<AgentSpec> agents,
            @ForAll("episodes") List<Step> steps, @ForAll @IntRange(min = 2, max = 12) int batchSize) {
        assertKeepsTheRules(EngineScenario.play(agents, steps, PlanMode.OFF, null, batchSize));
        assertEquals(EngineScenario.play(agents, steps, PlanMode.OFF, null, batchSize).offers(),
                EngineScenario.play(agents, steps, PlanMode.OFF, null, batchSize).offers());
    }

    /**
     * Found by the property above (seed 2287848398187278798): an offer is out, its agent goes away (the engine rescinds
     * it), comes back, and the ACD's acceptance of the rescinded offer arrives in the same poll. The acceptance is
     * stale and puts nobody on a call, so the agent may be offered the next call.
     */
    @Example
    void anAcceptanceOfAnOfferRescindedEarlierInItsBatchLeavesTheAgentFree() {
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            steps.add(new EngineScenario.Arrive(0, false, 0, false, 0));
        }
        steps.add(new EngineScenario.StateChange(0, AgentState.AVAILABLE, 0));
        steps.add(new EngineScenario.StateChange(0, AgentState.AWAY, 0));
        steps.add(new EngineScenario.StateChange(0, AgentState.AVAILABLE, 0));
        steps.add(new EngineScenario.Answer(0, 0));
        assertKeepsTheRules(EngineScenario.play(List.of(new AgentSpec(Map.of("RETIREMENT", 3), true, true, 0.0)), steps,
                PlanMode.OFF, null, 5));
    }

    /** A planner that proposes nonsense (every call to every agent in turn) must not break a rule either. */
    @Property(tries = 150)
    void aWrongPlanCannotBreakARule(@ForAll("agents") List<AgentSpec> agents, @ForAll("episodes") List<Step> steps) {
        Planner reckless = snapshot -> {
            Map<String, String> plan = new LinkedHashMap<>();
            for (int i = 0; i < snapshot.getCalls().size(); i++) {
                plan.put(snapshot.getCalls().get(i).getId(), "a" + i % Math.max(1, agents.size()));
            }
            return plan;
        };
        assertKeepsTheRules(EngineScenario.play(agents, steps, PlanMode.STEPPED, reckless));
    }

    @Property(tries = 100)
    void theFallbackKeepsEveryRule(@ForAll("agents") List<AgentSpec> agents, @ForAll("episodes") List<Step> steps) {
        Planner failing = snapshot -> {
            throw new IllegalStateException("solver down");
        };
        assertKeepsTheRules(EngineScenario.play(agents, steps, PlanMode.STEPPED, failing));
    }

    @Property(tries = 100)
    void theSameEventsGiveTheSameOffers(@ForAll("agents") List<AgentSpec> agents,
            @ForAll("episodes") List<Step> steps) {
        assertEquals(EngineScenario.play(agents, steps, PlanMode.OFF, null).offers(),
                EngineScenario.play(agents, steps, PlanMode.OFF, null).offers());
    }

    /** With the real solver, bounded by steps and seeded: fewer tries, each solve costs real time. */
    @Property(tries = 8)
    void theSameEventsGiveTheSameOffersWithTheTimefoldPlan(@ForAll("agents") List<AgentSpec> agents,
            @ForAll("episodes") List<Step> steps) {
        Outcome first = EngineScenario.play(agents, steps, PlanMode.STEPPED, null);
        Outcome second = EngineScenario.play(agents, steps, PlanMode.STEPPED, null);
        assertKeepsTheRules(first);
        assertEquals(first.offers(), second.offers());
    }

    private static void assertKeepsTheRules(Outcome outcome) {
        assertNull(outcome.violation(), outcome.violation());
        PoolStatus end = outcome.finalStatus();
        if (end == null) {
            return;
        }
        assertEquals(outcome.arrived(), end.counters().served() + end.counters().abandoned(),
                () -> "every call ends exactly once: " + end.counters());
        assertTrue(end.waitingCalls().isEmpty(), () -> "calls left waiting: " + end.waitingCalls());
        assertTrue(end.pendingOffers().isEmpty(), () -> "offers left pending: " + end.pendingOffers());
    }

    @Provide
    Arbitrary<List<AgentSpec>> agents() {
        Arbitrary<Map<String, Integer>> skills = Arbitraries.maps(
                Arbitraries.of("RETIREMENT", "CARDS", "FRAUD"), Arbitraries.integers().between(1, 5)).ofMinSize(1)
                .ofMaxSize(3);
        return Combinators.combine(skills, Arbitraries.of(true, false), Arbitraries.of(true, false),
                Arbitraries.doubles().between(0, 1).ofScale(2)).as(AgentSpec::new).list().ofMinSize(1).ofMaxSize(6);
    }

    @Provide
    Arbitrary<List<Step>> episodes() {
        Arbitrary<Step> arrive = Combinators.combine(Arbitraries.integers().between(0, 2),
                Arbitraries.of(false, false, true), Arbitraries.integers().between(0, 2),
                Arbitraries.of(false, false, true), Arbitraries.integers().between(0, 300))
                .as(EngineScenario.Arrive::new);
        Arbitrary<Step> emotion = Combinators.combine(Arbitraries.integers().between(0, 50),
                Arbitraries.doubles().between(0, 1).ofScale(2), Arbitraries.doubles().between(0, 1).ofScale(2),
                Arbitraries.integers().between(0, 120)).as(EngineScenario.Emotion::new);
        Arbitrary<Step> state = Combinators.combine(Arbitraries.integers().between(0, 5),
                Arbitraries.of(AgentState.AVAILABLE, AgentState.AVAILABLE, AgentState.BUSY, AgentState.WRAP_UP,
                        AgentState.AWAY, AgentState.LOGGED_OUT, AgentState.RESERVED),
                Arbitraries.integers().between(0, 12)).as(EngineScenario.StateChange::new);
        Arbitrary<Step> answer = Combinators.combine(Arbitraries.integers().between(0, 5),
                Arbitraries.integers().between(0, 2)).as(EngineScenario.Answer::new);
        Arbitrary<Step> abandon = Arbitraries.integers().between(0, 50).map(EngineScenario.Abandon::new);
        Arbitrary<Step> end = Arbitraries.integers().between(0, 50).map(EngineScenario.End::new);
        Arbitrary<Step> advance = Arbitraries.integers().between(1, 20).map(EngineScenario.Advance::new);
        Arbitrary<Step> duplicate = Arbitraries.integers().between(0, 500).map(EngineScenario.Duplicate::new);
        return Arbitraries.frequencyOf(
                Tuple.of(6, arrive), Tuple.of(3, emotion),
                Tuple.of(6, state), Tuple.of(5, answer),
                Tuple.of(2, abandon), Tuple.of(2, end),
                Tuple.of(4, advance), Tuple.of(2, duplicate))
                .list().ofMinSize(5).ofMaxSize(80);
    }
}
