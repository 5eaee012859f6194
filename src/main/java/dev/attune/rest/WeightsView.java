package dev.attune.rest;

import dev.attune.core.domain.RoutingConstraint;
import dev.attune.core.domain.RoutingWeights;
import dev.attune.service.port.WeightChange;
import dev.attune.service.port.WeightChanges;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The weights in force by constraint name, each constraint's level (a HARD constraint cannot be
 * switched off), and who set them, when and why.
 */
public record WeightsView(Map<String, Long> weights, Map<String, String> levels, String changedBy,
        Instant changedAt, String reason) {

    static WeightsView of(WeightChange latest) {
        return new WeightsView(WeightChanges.byName(latest.after()), levelsByName(), latest.changedBy(),
                latest.changedAt(), latest.reason());
    }

    static WeightsView of(RoutingWeights weights) {
        return new WeightsView(WeightChanges.byName(weights), levelsByName(), null, null, null);
    }

    private static Map<String, String> levelsByName() {
        Map<String, String> levels = new LinkedHashMap<>();
        for (RoutingConstraint constraint : RoutingConstraint.values()) {
            levels.put(constraint.displayName(), constraint.level().name());
        }
        return levels;
    }
}
