package dev.attune.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every list, map, number and text of every inbound event schema has a bound (issue 11, "bad input at the
 * edges"): a record beyond one is a dead letter naming the field (InboundContractTest), never a value the engine
 * must hold or score. A field added without a bound fails here.
 */
class InboundSchemaBoundsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<EventType> inbound() {
        return Stream.of(EventType.values()).filter(EventType::inbound);
    }

    @ParameterizedTest
    @MethodSource("inbound")
    void everyFieldIsBounded(EventType type) throws Exception {
        List<String> unbounded = new ArrayList<>();
        for (int version = 1; ; version++) {
            try (InputStream schema = getClass().getClassLoader()
                    .getResourceAsStream("schemas/" + type.schemaName() + "/v" + version + ".json")) {
                if (schema == null) {
                    break;
                }
                walk(JSON.readTree(schema), "v" + version, unbounded);
            }
        }
        assertEquals(List.of(), unbounded, type.schemaName());
    }

    private static void walk(JsonNode node, String path, List<String> unbounded) {
        if (!node.isObject() || node.has("$ref") || node.has("enum") || node.has("const")) {
            return;
        }
        List<String> types = new ArrayList<>();
        node.path("type").forEach(t -> types.add(t.asText()));
        if (node.path("type").isTextual()) {
            types.add(node.path("type").asText());
        }
        if (types.contains("array") && !node.has("maxItems")) {
            unbounded.add(path + ": a list without maxItems");
        }
        boolean map = types.contains("object") && node.path("additionalProperties").isObject();
        if (map && !node.has("maxProperties") && !node.path("propertyNames").has("enum")) {
            unbounded.add(path + ": a map without maxProperties");
        }
        if ((types.contains("integer") || types.contains("number"))
                && !node.has("maximum") && !node.has("exclusiveMaximum")) {
            unbounded.add(path + ": a number without maximum");
        }
        if (types.contains("string") && !node.has("maxLength") && !node.has("pattern") && !node.has("format")) {
            unbounded.add(path + ": a text without maxLength or pattern");
        }
        for (String children : List.of("properties", "$defs", "definitions", "patternProperties")) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.path(children).fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> child = it.next();
                walk(child.getValue(), path + "." + child.getKey(), unbounded);
            }
        }
        walk(node.path("items"), path + "[]", unbounded);
        walk(node.path("additionalProperties"), path + "{}", unbounded);
        for (String choice : List.of("oneOf", "anyOf", "allOf")) {
            int i = 0;
            for (JsonNode option : node.path(choice)) {
                walk(option, path + "|" + i++, unbounded);
            }
        }
    }
}
