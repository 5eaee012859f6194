package dev.attune.core.domain;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

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
        byConstraint = new Table(copy);
    }

    public long of(RoutingConstraint constraint) {
        return ((Table) byConstraint).weights[constraint.ordinal()];
    }

    /**
     * The weights, read-only, with an array by ordinal behind {@link #of}: every scored (call, agent) pair reads
     * eight weights, and a read through an unmodifiable map's shared (megamorphic) {@code get} and an unboxing
     * was a tenth of the routing thread at 1,000 calls/s. As a map it is the same as the EnumMap it wraps.
     */
    private static final class Table extends AbstractMap<RoutingConstraint, Long> {
        private final Map<RoutingConstraint, Long> view;
        private final long[] weights = new long[RoutingConstraint.values().length];

        Table(EnumMap<RoutingConstraint, Long> copy) {
            this.view = Collections.unmodifiableMap(copy);
            copy.forEach((constraint, weight) -> weights[constraint.ordinal()] = weight);
        }

        @Override
        public Set<Entry<RoutingConstraint, Long>> entrySet() {
            return view.entrySet();
        }

        @Override
        public Long get(Object key) {
            return view.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return view.containsKey(key);
        }
    }

    public RoutingWeights with(RoutingConstraint constraint, long weight) {
        EnumMap<RoutingConstraint, Long> copy = new EnumMap<>(byConstraint);
        copy.put(constraint, weight);
        return new RoutingWeights(copy);
    }
}
