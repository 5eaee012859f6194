package dev.attune.core.engine;

import dev.attune.core.domain.CareModel;
import dev.attune.core.domain.Catalogue;
import dev.attune.core.domain.ControlArm;
import dev.attune.core.domain.RoutingWeights;
import dev.attune.core.solver.PlanningPolicy;

/**
 * The settings in force, swapped as one immutable value when weights or the catalogue change, so one
 * decision never mixes old weights with a new catalogue.
 */
record EngineConfig(Catalogue catalogue, CareModel careModel, RoutingPolicy policy, RoutingWeights weights,
        PlanningPolicy planning, ControlArm controlArm) {

    static EngineConfig of(RoutingSettings settings) {
        return new EngineConfig(settings.catalogue(), settings.careModel(), settings.policy(), settings.weights(),
                settings.policy().planning(), ControlArm.off());
    }

    EngineConfig withWeights(RoutingWeights newWeights) {
        return new EngineConfig(catalogue, careModel, policy, newWeights, planning, controlArm);
    }

    EngineConfig withCatalogue(Catalogue newCatalogue) {
        return new EngineConfig(newCatalogue, careModel, policy, weights, planning, controlArm);
    }

    EngineConfig withControlArm(ControlArm newControlArm) {
        return new EngineConfig(catalogue, careModel, policy, weights, planning, newControlArm);
    }
}
