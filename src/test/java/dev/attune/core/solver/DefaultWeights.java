package dev.attune.core.solver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.attune.core.domain.RoutingConstraint;
import dev.attune.core.domain.RoutingWeights;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;

/** config/weights.json as tests read it, so the behaviour tests pin the weights that actually ship. */
final class DefaultWeights {
    static final Path FILE = Path.of("config", "weights.json");

    private DefaultWeights() {
    }

    static RoutingWeights load() {
        try {
            JsonNode root = new ObjectMapper().readTree(FILE.toFile());
            if (root.path("schemaVersion").asInt() != 1) {
                throw new IllegalStateException("unexpected schemaVersion in " + FILE);
            }
            Map<RoutingConstraint, Long> weights = new EnumMap<>(RoutingConstraint.class);
            Iterator<Map.Entry<String, JsonNode>> fields = root.path("weights").fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                RoutingConstraint constraint = RoutingConstraint.byDisplayName(field.getKey())
                        .orElseThrow(() -> new IllegalStateException("unknown constraint '" + field.getKey() + "'"));
                weights.put(constraint, field.getValue().asLong());
            }
            return new RoutingWeights(weights);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
