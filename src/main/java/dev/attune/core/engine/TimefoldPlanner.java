package dev.attune.core.engine;

import dev.attune.core.solver.PlanTermination;
import dev.attune.core.solver.RoutingPlan;
import dev.attune.core.solver.RoutingPlanner;
import java.util.Map;

/**
 * The default {@link Planner}: the solver helper's {@link RoutingPlanner}, bounded by wall-clock time for
 * the service (BACKGROUND) or by steps with a fixed seed for the simulator and tests (STEPPED).
 * Building it compiles the constraint streams, so the engine builds it once, on first use.
 */
final class TimefoldPlanner implements Planner {
    private final RoutingPlanner planner;

    TimefoldPlanner(RoutingPolicy policy, PlanMode mode) {
        PlanTermination termination = mode == PlanMode.STEPPED
                ? PlanTermination.reproducible(policy.solverSeed(), policy.solverMaxSteps(),
                        policy.solverUnimprovedSteps())
                : PlanTermination.wallClock(policy.solverTimeLimit(), policy.solverUnimprovedTime());
        this.planner = RoutingPlanner.create(termination);
    }

    @Override
    public Map<String, String> solve(RoutingPlan snapshot) {
        return planner.solve(snapshot).assignments();
    }
}
