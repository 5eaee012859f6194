package dev.attune.simulation.routing;

import dev.attune.core.domain.Catalogue;
import dev.attune.core.domain.RoutingConstraint;
import dev.attune.core.domain.RoutingWeights;
import dev.attune.core.engine.PlanMode;
import dev.attune.core.engine.RoutingSettings;
import dev.attune.simulation.day.EnginePolicyFile;
import dev.attune.simulation.day.PolicyFactory;
import dev.attune.simulation.day.ReplayContext;
import java.util.List;
import java.util.function.Function;

/** Attune (the real engine at the given weights) and its ablation with the emotion constraints switched off. */
public final class AttunePolicies {
    public static final String ATTUNE = "attune";
    public static final String ATTUNE_NO_EMOTION = "attune-no-emotion";

    private AttunePolicies() {
    }

    public static List<PolicyFactory> all(Catalogue catalogue, RoutingWeights weights, PolicySettings settings) {
        return List.of(policy(ATTUNE, catalogue, weights, settings), policy(ATTUNE_NO_EMOTION, catalogue,
                ablation(weights, settings.attune().ablationZeroWeights()), settings));
    }

    public static PolicyFactory policy(String name, Catalogue catalogue, RoutingWeights weights, PolicySettings settings) {
        return policy(name, catalogue, weights, settings, context -> EmotionFeed.overlay(context.overlay().analytics()));
    }

    /** Attune told about emotions by another feed than the overlay's (one per replication). */
    public static PolicyFactory policy(String name, Catalogue catalogue, RoutingWeights weights, PolicySettings settings,
            Function<ReplayContext, EmotionFeed> feed) {
        PlanMode mode = PlanMode.valueOf(settings.attune().planMode());
        RoutingSettings routing = new RoutingSettings(catalogue, null, EnginePolicyFile.shipped(), weights);
        return BaselinePolicies.policy(name, context -> new AttuneRouter(routing, mode, settings.attune().tickSeconds(),
                context, caller -> context.meanHandleSecondsByType()
                        .getOrDefault(caller.draw().logged().type(), caller.baseServiceTime()), feed.apply(context)));
    }

    /** The weights with the named constraints set to 0. */
    public static RoutingWeights ablation(RoutingWeights weights, List<String> zeroed) {
        RoutingWeights out = weights;
        for (String name : zeroed) {
            RoutingConstraint constraint = RoutingConstraint.byDisplayName(name).orElseThrow(
                    () -> new IllegalArgumentException("policies.json: unknown constraint '" + name + "' to switch off"));
            out = out.with(constraint, 0);
        }
        return out;
    }
}
