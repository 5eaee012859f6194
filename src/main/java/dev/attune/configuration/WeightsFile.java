package dev.attune.configuration;

import dev.attune.core.domain.RoutingConstraint;
import dev.attune.core.domain.RoutingWeights;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * config/weights.json: the default weight of each routing constraint, keyed by the constraint's display
 * name (the name in the weights screen and in docs/constraints.md). A constraint left out keeps weight 1.
 *
 * <pre>
 * {"schemaVersion": 1, "weights": {"Empathy for distress": 10, "Wait time": 4, ...}}
 * </pre>
 */
public final class WeightsFile {
    public static final String FILE_NAME = "weights.json";
    public static final int SCHEMA_VERSION = 1;

    private static final Set<String> TOP = Set.of("schemaVersion", "weights");

    private WeightsFile() {
    }

    public static RoutingWeights read(Path file) {
        return from(ConfigJson.read(file));
    }

    /** @param name how to name the source in error messages */
    public static RoutingWeights parse(String json, String name) {
        return from(ConfigJson.parse(json, name));
    }

    private static RoutingWeights from(ConfigNode root) {
        root.allowOnly(TOP);
        root.requireSchemaVersion(SCHEMA_VERSION);
        Map<RoutingConstraint, Long> weights = new EnumMap<>(RoutingConstraint.class);
        root.numberMap("weights").forEach((name, weight) -> {
            RoutingConstraint constraint = RoutingConstraint.byDisplayName(name).orElseThrow(() -> root.problem(
                    "weights." + name, "unknown constraint (known: " + knownNames() + ")"));
            weights.put(constraint, weight);
        });
        ConfigNode weightsNode = root.object("weights");
        return weightsNode.build(() -> new RoutingWeights(weights));
    }

    static String knownNames() {
        return Arrays.stream(RoutingConstraint.values()).map(RoutingConstraint::displayName)
                .collect(Collectors.joining(", "));
    }
}
