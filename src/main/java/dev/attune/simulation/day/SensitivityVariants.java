package dev.attune.simulation.day;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * One-at-a-time variants of the overlay and outcome-model assumptions (config/simulation/sensitivity.json),
 * applied to the files' JSON so that any assumption in them can be varied without code: a change names
 * the file, a path ("*" for every key or element) and either a factor on every number below the path or a
 * value to set there.
 */
public record SensitivityVariants(String description, List<Variant> variants) {

    public record Variant(String name, List<Change> changes) {
    }

    /** @param file "overlay" or "outcome-model"; exactly one of scale and set */
    public record Change(String file, String path, Double scale, JsonNode set) {
    }

    /** A variant's overlay and outcome model. */
    public record Models(String name, OverlayModel overlay, OutcomeModel outcome) {
    }

    public static SensitivityVariants read(Path file) {
        return SimulationJson.read(file, SensitivityVariants.class);
    }

    /** Every variant applied to the given files (each variant to fresh copies). */
    public List<Models> apply(Path overlayFile, Path outcomeFile) {
        List<Models> out = new ArrayList<>();
        for (Variant variant : variants) {
            JsonNode overlay = SimulationJson.tree(overlayFile);
            JsonNode outcome = SimulationJson.tree(outcomeFile);
            for (Change change : variant.changes()) {
                JsonNode target = switch (change.file()) {
                    case "overlay" -> overlay;
                    case "outcome-model" -> outcome;
                    default -> throw new IllegalArgumentException("sensitivity: variant '" + variant.name()
                            + "' names unknown file '" + change.file() + "' (overlay or outcome-model)");
                };
                if ((change.scale() == null) == (change.set() == null)) {
                    throw new IllegalArgumentException("sensitivity: a change of '" + variant.name()
                            + "' needs exactly one of scale and set");
                }
                int hits = visit(target, change.path().substring(1).split("/"), 0, change);
                if (hits == 0) {
                    throw new IllegalArgumentException("sensitivity: '" + variant.name() + "': nothing at "
                            + change.file() + change.path());
                }
            }
            out.add(new Models(variant.name(), SimulationJson.convert(overlay, OverlayModel.class, overlayFile),
                    SimulationJson.convert(outcome, OutcomeModel.class, outcomeFile)));
        }
        return out;
    }

    /** Applies the change at every node the path reaches below {@code node}; returns how many it reached. */
    private static int visit(JsonNode node, String[] path, int depth, Change change) {
        if (!(node instanceof ContainerNode<?>)) {
            return 0;
        }
        String key = path[depth];
        boolean last = depth == path.length - 1;
        int hits = 0;
        for (Map.Entry<String, JsonNode> child : children(node)) {
            if (!key.equals("*") && !key.equals(child.getKey())) {
                continue;
            }
            if (last) {
                JsonNode replaced = change.set() != null ? change.set().deepCopy() : scaled(child.getValue(), change.scale());
                put(node, child.getKey(), replaced);
                hits++;
            } else {
                hits += visit(child.getValue(), path, depth + 1, change);
            }
        }
        return hits;
    }

    private static JsonNode scaled(JsonNode node, double factor) {
        if (node.isNumber()) {
            return DoubleNode.valueOf(node.doubleValue() * factor);
        }
        JsonNode copy = node.deepCopy();
        for (Map.Entry<String, JsonNode> child : children(copy)) {
            put(copy, child.getKey(), scaled(child.getValue(), factor));
        }
        return copy;
    }

    private static List<Map.Entry<String, JsonNode>> children(JsonNode node) {
        List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
        if (node.isObject()) {
            node.fields().forEachRemaining(out::add);
        } else if (node.isArray()) {
            Iterator<JsonNode> items = node.elements();
            for (int i = 0; items.hasNext(); i++) {
                out.add(Map.entry(Integer.toString(i), items.next()));
            }
        }
        return out;
    }

    private static void put(JsonNode parent, String key, JsonNode value) {
        if (parent instanceof ObjectNode object) {
            object.set(key, value);
        } else if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(key), value);
        }
    }
}
