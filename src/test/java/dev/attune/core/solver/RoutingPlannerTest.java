package dev.attune.core.solver;

import static dev.attune.core.solver.RoutingFixtures.CATALOGUE;
import static dev.attune.core.solver.RoutingFixtures.FRAUD;
import static dev.attune.core.solver.RoutingFixtures.GENERAL;
import static dev.attune.core.solver.RoutingFixtures.NOW;
import static dev.attune.core.solver.RoutingFixtures.ROLLOVER;
import static dev.attune.core.solver.RoutingFixtures.available;
import static dev.attune.core.solver.RoutingFixtures.busyUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import dev.attune.core.domain.Agent;
import dev.attune.core.domain.AgentState;
import dev.attune.core.domain.Call;
import dev.attune.core.domain.CareModel;
import dev.attune.core.domain.ConstraintContribution;
import dev.attune.core.domain.EmotionEstimate;
import dev.attune.core.domain.RoutingConstraint;
import dev.attune.core.domain.RoutingWeights;
import dev.attune.core.scoring.MatchTerms;
import dev.attune.core.scoring.SkillPressure;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RoutingPlannerTest {
    private static final RoutingWeights WEIGHTS = DefaultWeights.load();
    private static final RoutingPlanner PLANNER = RoutingPlanner.create(PlanTermination.reproducible(42, 2_000, 200));

    private static Call call(String id, String product, String language, long position, EmotionEstimate emotion,
            Set<String> excluded) {
        return new Call(id, "pool", "cust-" + id, product, language, 0, false, 0, null, null,
                NOW.minusSeconds(5), position, excluded, emotion);
    }

    private static EmotionEstimate anxious(String callId) {
        return new EmotionEstimate(callId, 0.95, 0.6, 0.3, 0.4, -0.8, 0.9, 1.0, NOW);
    }

    /** Eight calls, seven servable (one Spanish caller nobody here speaks), nine agents of whom two cannot work. */
    private static RoutingPlan morningSnapshot() {
        List<Agent> agents = List.of(
                available("r1", Map.of("retirement", 5, "general", 3), 0.9, 30),
                available("r2", Map.of("retirement", 3, "general", 4), 0.3, 200),
                available("g1", Map.of("general", 3), 0.5, 10),
                available("g2", Map.of("general", 4), 0.7, 90),
                available("g3", Map.of("general", 2), 0.4, 300),
                available("f1", Map.of("fraud", 4, "general", 2), 0.6, 60),
                available("g4", Map.of("general", 3), 0.5, 5),
                busyUntil("b1", Map.of("retirement", 5), 0.95, 600),
                Agent.loggedOut(RoutingFixtures.profile("lo", Map.of("general", 5), 0.9), NOW));
        List<Call> calls = List.of(
                call("c1", "401K_ROLLOVER", "en", 1, anxious("c1"), Set.of()),
                call("c2", "401K_ROLLOVER", "en", 2, null, Set.of()),
                call("c3", "GENERAL", "en", 3, null, Set.of()),
                call("c4", "GENERAL", "en", 4, null, Set.of("g2")),
                call("c5", "FRAUD_DISPUTE", "en", 5, anxious("c5"), Set.of()),
                call("c6", "GENERAL", "es", 6, null, Set.of()),
                call("c7", "GENERAL", "en", 7, null, Set.of()),
                call("c8", "GENERAL", "en", 8, null, Set.of()));
        return PlanSnapshot.take(calls, agents, CATALOGUE, CareModel.defaults(), PlanningPolicy.defaults(), WEIGHTS,
                NOW);
    }

    @Test
    void snapshotKeepsOnlyAgentsWhoCanWorkAndPreFiltersEachCall() {
        RoutingPlan plan = morningSnapshot();

        assertEquals(List.of("f1", "g1", "g2", "g3", "g4", "r1", "r2"),
                plan.getAgents().stream().map(PlannedAgent::getId).toList(), "b1 is busy for 10 min, lo logged out");
        Map<String, List<String>> eligible = plan.getCalls().stream().collect(Collectors.toMap(WaitingCall::getId,
                c -> c.getEligibleAgents().stream().map(PlannedAgent::getId).toList()));
        assertEquals(List.of("r1", "r2"), eligible.get("c1"), "licensed retirement agents at level 3+");
        assertEquals(List.of("f1"), eligible.get("c5"));
        assertFalse(eligible.get("c4").contains("g2"), "g2 rejected c4 before");
        assertEquals(List.of(), eligible.get("c6"), "nobody speaks Spanish");
        assertTrue(plan.getCalls().stream().allMatch(
                c -> c.getEligibleAgents().stream().allMatch(c::canBeServedBy)));
    }

    @Test
    void solvingServesEveryCallItCanAndBreaksNoRule() {
        RoutingPlan solved = PLANNER.solve(morningSnapshot());

        assertEquals(0, solved.getScore().hardScore(), () -> "hard constraints broken: " + solved.getScore());
        assertEquals(Set.of("c1", "c2", "c3", "c4", "c5", "c7", "c8"), solved.assignments().keySet());
        assertNull(solved.call("c6").orElseThrow().getAgent());
        assertEquals("r1", solved.assignments().get("c1"), "the anxious rollover gets the empathetic expert");
        assertEquals("f1", solved.assignments().get("c5"));
        assertEquals(solved.assignments().size(), Set.copyOf(solved.assignments().values()).size(),
                "single-slot agents take one call each");
    }

    @Test
    void theSameSeedReplaysTheSamePlan() {
        RoutingPlan first = PLANNER.solve(morningSnapshot());
        RoutingPlan second = RoutingPlanner.create(PlanTermination.reproducible(42, 2_000, 200)).solve(morningSnapshot());

        assertEquals(first.assignments(), second.assignments());
        assertEquals(first.getScore(), second.getScore());
    }

    @Test
    void aHighCareCallWaitsAFewSecondsForAMuchBetterAgent() {
        assertEquals("b1", heldOrServed(0, 3), "3 s hold for an expert with empathy 0.95 beats a cold level-3 agent");
        assertEquals("r2", heldOrServed(0, 8), "8 s is more than the better match is worth");
        assertEquals("r2", heldOrServed(40, 3), "after 40 s of a 20 s target the wait outgrows the match");
    }

    /** One anxious six-figure rollover, a cold level-3 agent free now, an expert free in {@code expertFreeIn} s. */
    private static String heldOrServed(long waited, int expertFreeIn) {
        Call rollover = new Call("c1", "pool", "cust", "401K_ROLLOVER", "en", 0, false, 0, null, null,
                NOW.minusSeconds(waited), 1, Set.of(), null);
        PlannedAgent cold = PlannedAgent.of(available("r2", Map.of("retirement", 3), 0.3, 200), NOW,
                PlanningPolicy.defaults(), SkillPressure.none());
        PlannedAgent expert = PlannedAgent.of(busyUntil("b1", Map.of("retirement", 5), 0.95, expertFreeIn), NOW,
                PlanningPolicy.defaults(), SkillPressure.none());
        WaitingCall call = new WaitingCall(rollover, ROLLOVER, new dev.attune.core.domain.CareNeed(0.8, 0.8, 0.8),
                waited, 15, List.of(cold, expert));
        RoutingPlan solved = PLANNER.solve(new RoutingPlan(NOW, List.of(cold, expert), List.of(call), WEIGHTS));
        return solved.assignments().get("c1");
    }

    @Test
    void aRoutineCallIsNeverHeld() {
        Agent expert = busyUntil("b1", Map.of("general", 5), 0.95, 2);
        RoutingPlan plan = PlanSnapshot.take(List.of(call("c1", "GENERAL", "en", 1, null, Set.of())),
                List.of(expert), CATALOGUE, CareModel.defaults(), PlanningPolicy.defaults(), WEIGHTS, NOW);
        assertEquals(List.of(), plan.getCalls().get(0).getEligibleAgents());
    }

    @Test
    void explanationGivesEachConstraintsShareOfOneAssignment() {
        RoutingPlan solved = PLANNER.solve(morningSnapshot());
        List<ConstraintContribution> why = PLANNER.explain(solved, "c1");

        assertEquals(RoutingConstraint.values().length, why.size());
        Map<String, Long> byName = why.stream()
                .collect(Collectors.toMap(ConstraintContribution::constraint, ConstraintContribution::score));
        WaitingCall c1 = solved.call("c1").orElseThrow();
        PlannedAgent r1 = c1.getAgent();
        assertEquals(-WEIGHTS.of(RoutingConstraint.EMPATHY_FOR_DISTRESS) * MatchTerms.empathyForDistress(c1.facts(), r1.facts()),
                byName.get("Empathy for distress"));
        assertEquals(-1 * MatchTerms.agentFairness(r1.facts()), byName.get("Agent fairness"));
        assertEquals(c1.getUrgency(), byName.get("Unserved call"), "serving the call earns back its urgency");
        assertEquals(0L, byName.get("Required skill"));
        long soft = why.stream().filter(c -> c.level().equals("SOFT")).mapToLong(ConstraintContribution::score).sum();
        assertEquals(MatchTerms.softScore(c1.facts(), r1.facts(), WEIGHTS), soft, "the decider's score is the solver's score");
    }

    @Test
    void alternativesRankWhoElseCouldTakeTheCall() {
        RoutingPlan solved = PLANNER.solve(morningSnapshot());
        HardMediumSoftLongScore before = solved.getScore();

        List<AssignmentImpact> others = PLANNER.alternatives(solved, "c1", 5);

        assertEquals(List.of("r1", "r2"), others.stream().map(AssignmentImpact::agentId).toList());
        assertTrue(others.get(0).feasible());
        assertTrue(others.get(0).soft() > others.get(1).soft() || others.get(0).medium() > others.get(1).medium());
        assertEquals("r1", solved.assignments().get("c1"), "the plan is restored afterwards");
        assertEquals(before, PLANNER.score(solved));
    }

    @Test
    void aDifferentWeightChangesThePick() {
        RoutingWeights noEmpathy = WEIGHTS.with(RoutingConstraint.EMPATHY_FOR_DISTRESS, 0)
                .with(RoutingConstraint.PROFICIENCY_FOR_STAKES, 0);
        RoutingPlan plan = morningSnapshot();
        plan.setWeights(noEmpathy);
        RoutingPlan solved = PLANNER.solve(plan);
        assertNotEquals(PLANNER.solve(morningSnapshot()).getScore(), solved.getScore());
    }

    @Test
    void wallClockPlannerStopsOnTime() {
        RoutingPlanner clock = RoutingPlanner.create(
                PlanTermination.wallClock(Duration.ofMillis(500), Duration.ofMillis(20)));
        RoutingPlan solved = clock.solve(morningSnapshot());
        assertEquals(0, solved.getScore().hardScore());
        assertEquals(7, solved.assignments().size());
    }

    /** A pool on the fallback asks the planner with no call waiting: that must solve at once, to no pairing. */
    @Test
    void aPlanOfNoCallsSolvesAtOnceToNothing() {
        RoutingPlanner clock = RoutingPlanner.create(
                PlanTermination.wallClock(Duration.ofSeconds(30), Duration.ofSeconds(30)));
        RoutingPlan empty = PlanSnapshot.take(List.of(), morningSnapshot().getAgents().stream()
                        .map(PlannedAgent::getAgent).toList(), CATALOGUE, CareModel.defaults(), PlanningPolicy.defaults(),
                WEIGHTS, NOW);
        long started = System.nanoTime();
        RoutingPlan solved = clock.solve(empty);
        assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(Duration.ofSeconds(10)) < 0,
                "solving nothing ran into the time limit");
        assertEquals(Map.of(), solved.assignments());
    }

    @Test
    void scoringAStalePlanReportsTheBrokenRule() {
        RoutingPlan solved = PLANNER.solve(morningSnapshot());
        WaitingCall c3 = solved.call("c3").orElseThrow();
        PlannedAgent agent = c3.getAgent();
        // the agent went away after the snapshot: same id, now never free
        PlannedAgent gone = new PlannedAgent(agent.getAgent().withState(AgentState.AWAY, NOW), PlannedAgent.NEVER, 0,
                0, 0, SkillPressure.none());
        assertTrue(gone.getSecondsUntilFree() > c3.getHoldLimitSeconds());
        assertFalse(c3.canBeServedBy(gone));
    }
}
