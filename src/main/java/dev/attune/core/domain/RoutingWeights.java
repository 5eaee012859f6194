package dev.attune.core.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The weight of each constraint: a non-negative multiplier on its level (0 switches a soft
 * constraint off, as the ablation runs do). Hard constraints keep a positive weight: they are rules,
 * not preferences. Defaults come from config/weights.json; workforce managers edit them at run time.
 */
public record RoutingWeights(Map<RoutingConstraint, Long> byConstraint) {

    public RoutingWeights {
        EnumMap<RoutingConstraint, Long> copy = new EnumMap<>(RoutingConstraint.class);
        for (RoutingConstraint constraint : RoutingConstraint.values()) {
            long weight = byConstraint.getOrDefault(constraint, 1L);
            if (weight < 0) {
                throw new IllegalArgumentException("weight of '" + constraint.displayName() + "' must not be negative");
            }
            if (weight == 0 && constraint.level() == ScoreLevel.HARD) {
                throw new IllegalArgumentException("hard constraint '" + constraint.displayName() + "' cannot be switched off");
            }
            copy.put(constraint, weight);
        }
        // An EnumMap: every scored (call, agent) pair reads seven weights, and an ordinal lookup is the cheapest.
        byConstraint = Collections.unmodifiableMap(copy);
    }

    public long of(RoutingConstraint constraint) {
        return byConstraint.get(constraint);
    }

    public RoutingWeights with(RoutingConstraint constraint, long weight) {
        EnumMap<RoutingConstraint, Long> copy = new EnumMap<>(byConstraint);
        copy.put(constraint, weight);
        return new RoutingWeights(copy);
    }
}
