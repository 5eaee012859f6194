package dev.attune.service.port;

import dev.attune.core.domain.RoutingConstraint;
import dev.attune.core.domain.RoutingWeights;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The constraint weights in force and every change to them, audited. */
public interface WeightChanges {

    /** The weight set in force. */
    RoutingWeights current();

    /** Puts new weights in force and records who changed them and why. */
    WeightChange change(RoutingWeights after, ChangeNote note);

    /** The latest changes, newest first, at most {@code limit}. */
    List<WeightChange> history(int limit);

    /** Weights by display name, in the constraints' declared order (hard first), as screens and rows show them. */
    static Map<String, Long> byName(RoutingWeights weights) {
        Map<String, Long> named = new LinkedHashMap<>();
        for (RoutingConstraint constraint : RoutingConstraint.values()) {
            named.put(constraint.displayName(), weights.of(constraint));
        }
        return named;
    }
}
