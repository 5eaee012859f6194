package dev.attune.core.engine;

import dev.attune.core.domain.CareModel;
import dev.attune.core.domain.Catalogue;
import dev.attune.core.domain.ControlArm;
import dev.attune.core.domain.RoutingWeights;
import dev.attune.core.solver.PlanningPolicy;
import java.util.Set;

/**
 * The settings in force, swapped as one immutable value when weights or the catalogue change, so one
 * decision never mixes old weights with a new catalogue.
 */
record EngineConfig(Catalogue catalogue, CareModel careModel, RoutingPolicy policy, RoutingWeights weights,
        PlanningPolicy planning, ControlArm controlArm, Set<String> exactRegionPools) {

    EngineConfig {
        exactRegionPools = Set.copyOf(exactRegionPools);
    }

    static EngineConfig of(RoutingSettings settings) {
        return new EngineConfig(settings.catalogue(), settings.careModel(), settings.policy(), settings.weights(),
                settings.policy().planning(), ControlArm.off(), Set.of());
    }

    EngineConfig withWeights(RoutingWeights newWeights) {
        return new EngineConfig(catalogue, careModel, policy, newWeights, planning, controlArm, exactRegionPools);
    }

    EngineConfig withCatalogue(Catalogue newCatalogue) {
        return new EngineConfig(newCatalogue, careModel, policy, weights, planning, controlArm, exactRegionPools);
    }

    EngineConfig withControlArm(ControlArm newControlArm) {
        return new EngineConfig(catalogue, careModel, policy, weights, planning, newControlArm, exactRegionPools);
    }

    EngineConfig withExactRegionPools(Set<String> pools) {
        return new EngineConfig(catalogue, careModel, policy, weights, planning, controlArm, pools);
    }

    /** Whether the pool asks for the caller's exact region ({@link dev.attune.core.domain.LanguageTag}). */
    boolean exactRegion(String poolId) {
        return exactRegionPools.contains(poolId);
    }
}
