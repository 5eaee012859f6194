package dev.attune.simulation.cli;

import dev.attune.core.domain.Catalogue;
import dev.attune.core.domain.RoutingWeights;
import dev.attune.simulation.day.PolicyFactory;
import dev.attune.simulation.routing.AttunePolicies;
import dev.attune.simulation.routing.BaselinePolicies;
import dev.attune.simulation.routing.PolicySettings;
import java.util.ArrayList;
import java.util.List;

/** The policies a run compares, by name; longest-idle first (the reference of the paired differences). */
final class Policies {
    private Policies() {
    }

    static List<PolicyFactory> select(String names, Catalogue catalogue, PolicySettings settings, RoutingWeights weights) {
        List<PolicyFactory> all = new ArrayList<>(BaselinePolicies.all(settings));
        all.addAll(AttunePolicies.all(catalogue, weights, settings));
        if (names == null) {
            return all;
        }
        if (names.contains(TextPolicy.NAME)) {
            TextPolicy.create(catalogue, weights, settings).ifPresent(all::add);
            names = TextPolicy.withoutWhenMissing(names, all);
        }
        List<PolicyFactory> chosen = new ArrayList<>();
        for (String name : names.split(",")) {
            chosen.add(all.stream().filter(p -> p.name().equals(name.trim())).findFirst().orElseThrow(
                    () -> new IllegalArgumentException("unknown policy '" + name + "'; known: "
                            + all.stream().map(PolicyFactory::name).toList())));
        }
        return chosen;
    }
}
