package dev.attune.core.solver;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import dev.attune.core.domain.RoutingConstraint;
import dev.attune.core.domain.RoutingWeights;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One pool's routing plan: the waiting calls (planning entities) and the agents who could serve them
 * (problem facts), with the weights in force. Hard: never break a routing rule; medium: serve as many
 * calls as agents allow, most urgent first; soft: serve them well. Take one with {@link PlanSnapshot}.
 */
@PlanningSolution
public final class RoutingPlan {
    private Instant takenAt;

    @ProblemFactCollectionProperty
    private List<PlannedAgent> agents;

    @PlanningEntityCollectionProperty
    private List<WaitingCall> calls;

    private ConstraintWeightOverrides<HardMediumSoftLongScore> constraintWeightOverrides;

    @PlanningScore
    private HardMediumSoftLongScore score;

    @SuppressWarnings("unused") // for Timefold's cloner
    private RoutingPlan() {
    }

    public RoutingPlan(Instant takenAt, List<PlannedAgent> agents, List<WaitingCall> calls, RoutingWeights weights) {
        this.takenAt = takenAt;
        this.agents = new ArrayList<>(agents);
        this.calls = new ArrayList<>(calls);
        this.constraintWeightOverrides = overrides(weights);
    }

    RoutingPlan(Instant takenAt, List<PlannedAgent> agents, List<WaitingCall> calls,
            ConstraintWeightOverrides<HardMediumSoftLongScore> overrides) {
        this.takenAt = takenAt;
        this.agents = new ArrayList<>(agents);
        this.calls = new ArrayList<>(calls);
        this.constraintWeightOverrides = overrides;
    }

    /** The weights as Timefold reads them: one score per constraint display name, at the constraint's level. */
    public static ConstraintWeightOverrides<HardMediumSoftLongScore> overrides(RoutingWeights weights) {
        Map<String, HardMediumSoftLongScore> byName = new LinkedHashMap<>();
        for (RoutingConstraint constraint : RoutingConstraint.values()) {
            long weight = weights.of(constraint);
            byName.put(constraint.displayName(), switch (constraint.level()) {
                case HARD -> HardMediumSoftLongScore.ofHard(weight);
                case MEDIUM -> HardMediumSoftLongScore.ofMedium(weight);
                case SOFT -> HardMediumSoftLongScore.ofSoft(weight);
            });
        }
        return ConstraintWeightOverrides.of(byName);
    }

    public Instant getTakenAt() {
        return takenAt;
    }

    public List<PlannedAgent> getAgents() {
        return agents;
    }

    public List<WaitingCall> getCalls() {
        return calls;
    }

    public ConstraintWeightOverrides<HardMediumSoftLongScore> getConstraintWeightOverrides() {
        return constraintWeightOverrides;
    }

    public void setConstraintWeightOverrides(ConstraintWeightOverrides<HardMediumSoftLongScore> overrides) {
        this.constraintWeightOverrides = overrides;
    }

    /**
     * Replace the weights, for the next solve of this plan. A solver that is already running keeps the
     * weights it started with: Timefold caches them in its score director and only re-reads them when it
     * restarts (checked here: after a problem change the first best-solution event still carried the old
     * weights' score). So new weights reach the plan through the next snapshot, not a problem change.
     */
    public void setWeights(RoutingWeights weights) {
        this.constraintWeightOverrides = overrides(weights);
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }

    public Optional<WaitingCall> call(String callId) {
        return calls.stream().filter(c -> c.getId().equals(callId)).findFirst();
    }

    /** Call id to planned agent id, for the calls the plan serves. */
    public Map<String, String> assignments() {
        Map<String, String> byCall = new LinkedHashMap<>();
        for (WaitingCall call : calls) {
            if (call.getAgent() != null) {
                byCall.put(call.getId(), call.getAgent().getId());
            }
        }
        return byCall;
    }
}
