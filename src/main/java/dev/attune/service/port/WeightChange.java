package dev.attune.service.port;

import dev.attune.core.domain.RoutingWeights;
import java.time.Instant;

/** One change of the constraint weights. {@code before} is null for the first weight set (the seed). */
public record WeightChange(long id, String changedBy, Instant changedAt, String reason, RoutingWeights before,
        RoutingWeights after) {
}
