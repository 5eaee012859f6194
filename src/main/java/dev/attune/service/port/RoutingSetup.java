package dev.attune.service.port;

import dev.attune.core.domain.AgentProfile;
import dev.attune.core.domain.Catalogue;
import dev.attune.core.domain.RoutingWeights;
import java.util.List;
import java.util.Objects;

/** What the engine starts from: the catalogue, every pool's agents and the weights in force, read together. */
public record RoutingSetup(Catalogue catalogue, List<AgentProfile> roster, RoutingWeights weights) {
    public RoutingSetup {
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(weights, "weights");
        roster = List.copyOf(roster);
    }

    public List<AgentProfile> roster(String poolId) {
        return roster.stream().filter(agent -> agent.poolId().equals(poolId)).toList();
    }

    public List<String> pools() {
        return roster.stream().map(AgentProfile::poolId).distinct().sorted().toList();
    }
}
