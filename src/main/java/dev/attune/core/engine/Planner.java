package dev.attune.core.engine;

import dev.attune.core.solver.RoutingPlan;
import java.util.Map;

/**
 * Solves one pool snapshot into a plan: which agent each waiting call should go to. The engine's one seam
 * to Timefold, so a test can put a failing or slow planner in its place and watch routing fall back.
 */
@FunctionalInterface
public interface Planner extends AutoCloseable {

    /**
     * @param snapshot a pre-filtered problem no one else touches; the planner may modify it
     * @return call id to agent id for the calls the plan serves (an agent not free yet means: hold the call)
     */
    Map<String, String> solve(RoutingPlan snapshot);

    @Override
    default void close() {
    }
}
