package dev.attune.core.solver;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.RecommendedAssignment;
import ai.timefold.solver.core.api.solver.ScoreAnalysisFetchPolicy;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import dev.attune.core.domain.ConstraintContribution;
import dev.attune.core.domain.RoutingConstraint;
import dev.attune.core.domain.RoutingWeights;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * The routing model's one door to Timefold: builds solvers for a termination style, solves plans, and
 * explains them. Thread-safe (the factory and solution manager are); each {@link Solver} it builds is
 * for one thread. Build one per engine: creating the factory compiles the constraint streams.
 */
public final class RoutingPlanner {
    private final PlanTermination termination;
    private final SolverFactory<RoutingPlan> solverFactory;
    private final SolutionManager<RoutingPlan, HardMediumSoftLongScore> solutionManager;

    private RoutingPlanner(PlanTermination termination) {
        this.termination = Objects.requireNonNull(termination, "termination");
        this.solverFactory = SolverFactory.create(solverConfig(termination));
        this.solutionManager = SolutionManager.create(solverFactory);
    }

    public static RoutingPlanner create(PlanTermination termination) {
        return new RoutingPlanner(termination);
    }

    /**
     * The solver configuration: constraint streams over {@link RoutingPlan} and {@link WaitingCall}, a
     * construction heuristic then local search. Reproducible terminations bound the local search by steps
     * and fix the seed; wall-clock ones bound the whole solve by time.
     */
    public static SolverConfig solverConfig(PlanTermination termination) {
        SolverConfig config = new SolverConfig()
                .withSolutionClass(RoutingPlan.class)
                .withEntityClasses(WaitingCall.class)
                .withConstraintProviderClass(RoutingConstraintProvider.class)
                .withEnvironmentMode(EnvironmentMode.NO_ASSERT);
        if (termination instanceof PlanTermination.Steps steps) {
            // A finite sample per step: at a local optimum a step then ends unimproved instead of sampling
            // forever, so the unimproved-step limit can fire.
            UnionMoveSelectorConfig moves = new UnionMoveSelectorConfig(List.of(
                    new ChangeMoveSelectorConfig(), new SwapMoveSelectorConfig()))
                    .withSelectedCountLimit(steps.movesPerStep());
            config.withRandomSeed(steps.seed())
                    .withPhases(new ConstructionHeuristicPhaseConfig(),
                            new LocalSearchPhaseConfig().withMoveSelectorConfig(moves)
                                    .withTerminationConfig(new TerminationConfig()
                                    .withStepCountLimit(steps.maxSteps())
                                    .withUnimprovedStepCountLimit(steps.unimprovedSteps())
                                    .withMoveCountLimit(steps.maxMoves())));
        } else if (termination instanceof PlanTermination.WallClock clock) {
            TerminationConfig limit = new TerminationConfig().withUnimprovedSpentLimit(clock.unimprovedLimit());
            if (clock.limit() != null) {
                limit.setSpentLimit(clock.limit());
            }
            config.withTerminationConfig(limit).withDaemon(clock.daemon());
        }
        return config;
    }

    public PlanTermination termination() {
        return termination;
    }

    /** For the engine's background solver: daemon mode, problem changes, best-solution listeners. */
    public Solver<RoutingPlan> buildSolver() {
        return solverFactory.buildSolver();
    }

    public SolverFactory<RoutingPlan> solverFactory() {
        return solverFactory;
    }

    /** Solve synchronously (not for daemon terminations, which never return). Returns the best plan found. */
    public RoutingPlan solve(RoutingPlan problem) {
        if (termination instanceof PlanTermination.WallClock clock && clock.daemon()) {
            throw new IllegalStateException("a daemon solver never returns: use buildSolver() on its own thread");
        }
        return buildSolver().solve(problem);
    }

    /** Recompute and set the plan's score as it stands, e.g. to check a plan is still feasible. */
    public HardMediumSoftLongScore score(RoutingPlan plan) {
        return solutionManager.update(plan);
    }

    /**
     * What each constraint adds to the score by serving this call with this agent instead of leaving it
     * unserved, at the given weights: negative soft amounts are the match's costs, the positive medium
     * amount is the credit for serving it. Scored by {@code SolutionManager.analyze} on a plan of this one
     * call and agent, so it costs microseconds, not an analysis of the whole pool, and it explains an
     * instant-decider offer as well as a planned one. Every constraint appears, in
     * {@link RoutingConstraint} order; capacity interplay with other calls is not part of it.
     */
    public List<ConstraintContribution> explain(WaitingCall call, PlannedAgent agent, RoutingWeights weights) {
        return explain(call, agent, RoutingPlan.overrides(weights));
    }

    /** The explanation of the agent the plan gives this call, at the plan's weights. */
    public List<ConstraintContribution> explain(RoutingPlan plan, String callId) {
        WaitingCall call = plan.call(callId).orElseThrow(() -> new NoSuchElementException("no call " + callId));
        if (call.getAgent() == null) {
            throw new IllegalArgumentException("the plan leaves call " + callId + " unserved");
        }
        return explain(call, call.getAgent(), plan.getConstraintWeightOverrides());
    }

    private List<ConstraintContribution> explain(WaitingCall call, PlannedAgent agent,
            ConstraintWeightOverrides<HardMediumSoftLongScore> weights) {
        RoutingPlan served = new RoutingPlan(null, List.of(agent), List.of(call.aloneWith(agent)), weights);
        RoutingPlan unserved = new RoutingPlan(null, List.of(agent), List.of(call.aloneWith(null)), weights);
        ScoreAnalysis<HardMediumSoftLongScore> diff =
                solutionManager.analyze(served, ScoreAnalysisFetchPolicy.FETCH_SHALLOW)
                        .diff(solutionManager.analyze(unserved, ScoreAnalysisFetchPolicy.FETCH_SHALLOW));
        return contributions(diff);
    }

    /**
     * Who else could take this call, best first, at most {@code limit}: {@code recommendAssignment} tries
     * each agent of the call's (pre-filtered) value range against the rest of the plan as it stands, so an
     * agent already planned for another call shows the capacity cost. Uses the match-count fetch policy
     * (fetch-all was 7x dearer in the design measurements). The call is unassigned for the duration and
     * restored afterwards: pass a plan no other thread is using (not the daemon solver's working plan).
     */
    public List<AssignmentImpact> alternatives(RoutingPlan plan, String callId, int limit) {
        WaitingCall call = plan.call(callId).orElseThrow(() -> new NoSuchElementException("no call " + callId));
        PlannedAgent planned = call.getAgent();
        call.setAgent(null);
        try {
            List<RecommendedAssignment<PlannedAgent, HardMediumSoftLongScore>> ranked = solutionManager
                    .recommendAssignment(plan, call, WaitingCall::getAgent, ScoreAnalysisFetchPolicy.FETCH_MATCH_COUNT);
            List<AssignmentImpact> best = new ArrayList<>(Math.min(limit, ranked.size()));
            for (RecommendedAssignment<PlannedAgent, HardMediumSoftLongScore> r : ranked) {
                if (best.size() == limit || r.proposition() == null) {
                    if (best.size() == limit) {
                        break;
                    }
                    continue;
                }
                HardMediumSoftLongScore score = r.scoreAnalysisDiff().score();
                best.add(new AssignmentImpact(r.proposition().getId(), score.hardScore(), score.mediumScore(),
                        score.softScore(), contributions(r.scoreAnalysisDiff())));
            }
            return best;
        } finally {
            call.setAgent(planned);
            solutionManager.update(plan);
        }
    }

    private static List<ConstraintContribution> contributions(ScoreAnalysis<HardMediumSoftLongScore> analysis) {
        Map<String, HardMediumSoftLongScore> byName = new HashMap<>();
        for (ConstraintAnalysis<HardMediumSoftLongScore> constraint : analysis.constraintAnalyses()) {
            byName.put(constraint.constraintName(), constraint.score());
        }
        List<ConstraintContribution> contributions = new ArrayList<>(RoutingConstraint.values().length);
        for (RoutingConstraint constraint : RoutingConstraint.values()) {
            HardMediumSoftLongScore score = byName.getOrDefault(constraint.displayName(), HardMediumSoftLongScore.ZERO);
            long atLevel = switch (constraint.level()) {
                case HARD -> score.hardScore();
                case MEDIUM -> score.mediumScore();
                case SOFT -> score.softScore();
            };
            contributions.add(new ConstraintContribution(constraint.displayName(), constraint.level().name(), atLevel));
        }
        return contributions;
    }
}
