package dev.attune.core.engine;

import dev.attune.core.domain.CareModel;
import dev.attune.core.domain.Catalogue;
import dev.attune.core.domain.RoutingWeights;
import java.util.Objects;

/** Everything the engine needs to start: the catalogue, the care-need model, the engine policy and the weights. */
public record RoutingSettings(Catalogue catalogue, CareModel careModel, RoutingPolicy policy, RoutingWeights weights) {
    public RoutingSettings {
        Objects.requireNonNull(catalogue, "catalogue");
        careModel = careModel == null ? CareModel.defaults() : careModel;
        policy = policy == null ? RoutingPolicy.defaults() : policy;
        weights = weights == null ? new RoutingWeights(java.util.Map.of()) : weights;
    }
}
