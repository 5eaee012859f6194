package dev.attune.configuration;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A JSON object in a config file that knows where it sits, so every complaint names the file and the
 * field. Strict on purpose: a misspelt field is an error, not a silently ignored default.
 */
final class ConfigNode {
    private final String file;
    private final String path;
    private final JsonNode node;

    private ConfigNode(String file, String path, JsonNode node) {
        this.file = file;
        this.path = path;
        this.node = node;
    }

    static ConfigNode root(String file, JsonNode node) {
        ConfigNode root = new ConfigNode(file, "", node);
        if (node == null || !node.isObject()) {
            throw root.problem("", "must be a JSON object");
        }
        return root;
    }

    String path() {
        return path;
    }

    ConfigFileException problem(String field, String message) {
        return new ConfigFileException(file, fieldPath(field), message);
    }

    private String fieldPath(String field) {
        if (field.isEmpty()) {
            return path;
        }
        return path.isEmpty() ? field : path + "." + field;
    }

    void allowOnly(Set<String> fields) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!fields.contains(name)) {
                throw problem(name, "unknown field (expected one of " + String.join(", ", fields) + ")");
            }
        }
    }

    void requireSchemaVersion(int supported) {
        int version = integer("schemaVersion");
        if (version != supported) {
            throw problem("schemaVersion", "unsupported version " + version + " (this build reads " + supported + ")");
        }
    }

    private JsonNode required(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw problem(field, "is required");
        }
        return value;
    }

    String text(String field) {
        JsonNode value = required(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw problem(field, "must be a non-empty string, was " + value);
        }
        return value.asText();
    }

    /** A string that may be absent or null; blank counts as absent. */
    String optionalText(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw problem(field, "must be a string or null, was " + value);
        }
        return value.asText().isBlank() ? null : value.asText();
    }

    int integer(String field) {
        JsonNode value = required(field);
        if (!value.canConvertToInt() || !value.isIntegralNumber()) {
            throw problem(field, "must be a whole number, was " + value);
        }
        return value.intValue();
    }

    long wholeNumber(String field) {
        JsonNode value = required(field);
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw problem(field, "must be a whole number, was " + value);
        }
        return value.longValue();
    }

    double decimal(String field) {
        JsonNode value = required(field);
        if (!value.isNumber()) {
            throw problem(field, "must be a number, was " + value);
        }
        return value.doubleValue();
    }

    boolean isObject(String field) {
        JsonNode value = node.get(field);
        return value != null && value.isObject();
    }

    ConfigNode object(String field) {
        JsonNode value = required(field);
        if (!value.isObject()) {
            throw problem(field, "must be a JSON object, was " + value.getNodeType().name().toLowerCase());
        }
        return new ConfigNode(file, fieldPath(field), value);
    }

    /** Whether an optional field is present and not null. */
    boolean has(String field) {
        return node.hasNonNull(field);
    }

    List<ConfigNode> objects(String field) {
        JsonNode value = required(field);
        if (!value.isArray()) {
            throw problem(field, "must be a JSON array");
        }
        List<ConfigNode> items = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            String itemPath = fieldPath(field) + "[" + i + "]";
            if (!item.isObject()) {
                throw new ConfigFileException(file, itemPath, "must be a JSON object");
            }
            items.add(new ConfigNode(file, itemPath, item));
        }
        return items;
    }

    /** An array of strings; absent means empty. Duplicates are an error: they usually hide a typo. */
    Set<String> textSet(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Set.of();
        }
        if (!value.isArray()) {
            throw problem(field, "must be a JSON array of strings");
        }
        Set<String> items = new LinkedHashSet<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            if (!item.isTextual() || item.asText().isBlank()) {
                throw problem(field + "[" + i + "]", "must be a non-empty string, was " + item);
            }
            if (!items.add(item.asText())) {
                throw problem(field + "[" + i + "]", "'" + item.asText() + "' appears twice");
            }
        }
        return items;
    }

    /** An object of name to whole number, e.g. skills to proficiency, in file order. */
    Map<String, Long> numberMap(String field) {
        ConfigNode map = object(field);
        Map<String, Long> entries = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = map.node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> entry = fields.next();
            entries.put(entry.getKey(), map.wholeNumber(entry.getKey()));
        }
        return entries;
    }

    /** Builds a domain object, turning its own validation message into one that names this place in the file. */
    <T> T build(Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ConfigFileException(file, path, e.getMessage(), e);
        }
    }
}
