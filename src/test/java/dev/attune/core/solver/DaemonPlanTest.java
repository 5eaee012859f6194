package dev.attune.core.solver;

import static dev.attune.core.solver.RoutingFixtures.GENERAL;
import static dev.attune.core.solver.RoutingFixtures.NOW;
import static dev.attune.core.solver.RoutingFixtures.available;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import ai.timefold.solver.core.api.solver.Solver;
import dev.attune.core.domain.CareNeed;
import dev.attune.core.scoring.SkillPressure;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The service's background solver: a daemon that plans each change as it comes and idles in between. */
class DaemonPlanTest {

    @Test
    void aDaemonPlansACallThatArrivesWhileItRunsAndStopsWhenAsked() throws Exception {
        PlannedAgent g1 = PlannedAgent.of(available("g1", Map.of("general", 3), 0.5, 30), NOW,
                PlanningPolicy.defaults(), SkillPressure.none());
        PlannedAgent g2 = PlannedAgent.of(available("g2", Map.of("general", 3), 0.5, 60), NOW,
                PlanningPolicy.defaults(), SkillPressure.none());
        WaitingCall first = new WaitingCall(RoutingFixtures.call("c1", GENERAL), GENERAL, new CareNeed(0.3, 0.3, 0.1),
                0, 0, List.of(g1, g2));
        RoutingPlan plan = new RoutingPlan(NOW, List.of(g1, g2), List.of(first), DefaultWeights.load());

        Solver<RoutingPlan> solver = RoutingPlanner.create(PlanTermination.daemon(Duration.ofMillis(10))).buildSolver();
        LinkedBlockingQueue<Map<String, String>> plans = new LinkedBlockingQueue<>();
        solver.addEventListener(event -> plans.add(event.getNewBestSolution().assignments()));
        CompletableFuture<RoutingPlan> running = CompletableFuture.supplyAsync(() -> solver.solve(plan));
        try {
            assertEquals(Map.of("c1", "g2"), awaitPlanServing(plans, 1), "the longer-idle agent");

            WaitingCall second = new WaitingCall(RoutingFixtures.call("c2", GENERAL), GENERAL,
                    new CareNeed(0.3, 0.3, 0.1), 0, 0, List.of(g1, g2));
            solver.addProblemChange((working, director) -> director.addEntity(second, working.getCalls()::add));
            assertEquals(Map.of("c1", "g2", "c2", "g1"), awaitPlanServing(plans, 2));
            assertFalse(running.isDone(), "a daemon waits for the next change instead of returning");
        } finally {
            solver.terminateEarly();
        }
        assertEquals(2, running.get(10, TimeUnit.SECONDS).assignments().size());
    }

    private static Map<String, String> awaitPlanServing(LinkedBlockingQueue<Map<String, String>> plans, int calls)
            throws InterruptedException {
        while (true) {
            Map<String, String> next = plans.poll(10, TimeUnit.SECONDS);
            if (next == null) {
                throw new AssertionError("no plan serving " + calls + " calls within 10 s");
            }
            if (next.size() == calls) {
                return next;
            }
        }
    }
}
