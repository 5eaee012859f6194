package dev.attune.core.engine;

import dev.attune.core.domain.CareModel;
import dev.attune.core.domain.Catalogue;
import dev.attune.core.domain.RoutingWeights;
import dev.attune.core.solver.PlanningPolicy;

/**
 * The settings in force, swapped as one immutable value when weights or the catalogue change, so one
 * decision never mixes old weights with a new catalogue.
 */
record EngineConfig(Catalogue catalogue, CareModel careModel, RoutingPolicy policy, RoutingWeights weights,
        PlanningPolicy planning) {

    static EngineConfig of(RoutingSettings settings) {
        return new EngineConfig(settings.catalogue(), settings.careModel(), settings.policy(), settings.weights(),
                settings.policy().planning());
    }

    EngineConfig withWeights(RoutingWeights newWeights) {
        return new EngineConfig(catalogue, careModel, policy, newWeights, planning);
    }

    EngineConfig withCatalogue(Catalogue newCatalogue) {
        return new EngineConfig(newCatalogue, careModel, policy, weights, planning);
    }
}
