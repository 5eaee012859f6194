package dev.attune.rest.simulation;

import dev.attune.core.domain.RoutingConstraint;
import dev.attune.core.domain.RoutingWeights;
import dev.attune.rest.Bounds;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Reads proposed weights as a workforce manager writes them, on top of the weights in force. */
final class ProposedWeights {
    private ProposedWeights() {
    }

    /** @throws IllegalArgumentException naming the constraint or value that is wrong */
    static RoutingWeights apply(Map<String, Long> proposed, RoutingWeights current) {
        if (proposed == null || proposed.isEmpty()) {
            throw new IllegalArgumentException("weights: give at least one constraint's proposed weight");
        }
        if (proposed.size() > Bounds.MAX_WEIGHT_ENTRIES) {
            throw new IllegalArgumentException("weights: at most " + Bounds.MAX_WEIGHT_ENTRIES + " entries, was "
                    + proposed.size());
        }
        RoutingWeights weights = current;
        for (Map.Entry<String, Long> entry : proposed.entrySet()) {
            RoutingConstraint constraint = constraint(entry.getKey()).orElseThrow(() -> new IllegalArgumentException(
                    "weights: unknown constraint '" + entry.getKey() + "'; known: " + known()));
            if (entry.getValue() == null) {
                throw new IllegalArgumentException("weights: '" + constraint.displayName() + "' has no value");
            }
            if (entry.getValue() > Bounds.MAX_WEIGHT) {
                throw new IllegalArgumentException("weights: '" + constraint.displayName() + "' must be at most "
                        + Bounds.MAX_WEIGHT + ", was " + entry.getValue());
            }
            weights = weights.with(constraint, entry.getValue());
        }
        return weights;
    }

    static Optional<RoutingConstraint> constraint(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return RoutingConstraint.byDisplayName(name).or(() -> Arrays.stream(RoutingConstraint.values())
                .filter(c -> c.name().equals(name.trim().toUpperCase(Locale.ROOT).replace(' ', '_')))
                .findFirst());
    }

    private static String known() {
        return Arrays.stream(RoutingConstraint.values()).map(RoutingConstraint::displayName)
                .collect(Collectors.joining(", "));
    }
}
