package dev.attune.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The AsyncAPI document (src/main/resources/asyncapi.yaml) against what the service enforces: every event type
 * Attune reads or writes has exactly one message, on the channel of its topic, whose data is the JSON Schema
 * the intake validates with; every schema file is documented; every reference resolves; the dead-letter
 * reasons are the intake's. A schema or a type added without the document, or the reverse, fails here.
 */
class AsyncApiContractTest {
    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path DOCUMENT = RESOURCES.resolve("asyncapi.yaml");
    private static final String TRANSCRIPT = "transcript.utterance";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final JsonNode doc = read();
    private final EventSchemas schemas = new EventSchemas();

    private static JsonNode read() {
        try {
            return new YAMLMapper().readTree(DOCUMENT.toFile());
        } catch (IOException e) {
            throw new IllegalStateException("asyncapi.yaml is not YAML", e);
        }
    }

    /** Every documented message by its CloudEvents type: the channel address it is on and its payload. */
    private Map<String, List<String>> messagesByType() {
        Map<String, List<String>> found = new TreeMap<>();
        JsonNode messages = doc.path("components").path("messages");
        for (Map.Entry<String, JsonNode> channel : fields(doc.path("channels"))) {
            for (Map.Entry<String, JsonNode> ref : fields(channel.getValue().path("messages"))) {
                JsonNode message = resolve(ref.getValue().path("$ref").asText());
                assertTrue(message.isObject(), "channel " + channel.getKey() + " message " + ref.getKey() + " resolves");
                found.computeIfAbsent(message.path("name").asText(), k -> new ArrayList<>())
                        .add(channel.getValue().path("address").asText());
            }
        }
        assertTrue(messages.size() > 0);
        return found;
    }

    @Test
    void isAnAsyncApiThreeDocument() {
        assertEquals("3.0.0", doc.path("asyncapi").asText());
        assertTrue(doc.path("info").path("title").isTextual() && doc.path("info").path("version").isTextual());
    }

    @Test
    void everyEventTypeHasOneMessageOnTheChannelOfItsTopic() {
        Map<String, List<String>> documented = messagesByType();
        TopicNames topics = TopicNames.defaults();
        Map<String, List<String>> expected = new TreeMap<>();
        for (EventType type : EventType.values()) {
            expected.put(type.type(), List.of(topics.name(type.topic())));
        }
        expected.put(EventType.PREFIX + TRANSCRIPT, List.of("acd.transcripts"));
        expected.put("dead-letter", List.of(topics.deadLetter()));
        assertEquals(expected, documented);
    }

    @Test
    void everyMessagesDataIsTheSchemaTheIntakeEnforces() throws IOException {
        Set<String> referenced = new TreeSet<>();
        for (Map.Entry<String, JsonNode> entry : fields(doc.path("components").path("messages"))) {
            JsonNode message = entry.getValue();
            if (message.path("name").asText().equals("dead-letter")) {
                continue;
            }
            String schemaName = message.path("name").asText().substring(EventType.PREFIX.length());
            JsonNode props = message.path("payload").path("allOf").get(1).path("properties");
            String ref = props.path("data").path("$ref").asText();
            int version = EventType.of(message.path("name").asText()).map(schemas::latestVersion).orElse(1);
            assertEquals("schemas/" + schemaName + "/v" + version + ".json", ref, entry.getKey());
            JsonNode schema = JSON.readTree(RESOURCES.resolve(ref).toFile());
            assertEquals(schema.path("$id").asText(), props.path("dataschema").path("const").asText(),
                    entry.getKey() + ": dataschema is the $id of the schema it references");
            assertEquals(message.path("name").asText(), props.path("type").path("const").asText(), entry.getKey());
            referenced.add(ref);
        }
        Set<String> files = new TreeSet<>();
        try (Stream<Path> all = Files.walk(RESOURCES.resolve("schemas"))) {
            all.filter(p -> p.toString().endsWith(".json"))
                    .forEach(p -> files.add(RESOURCES.relativize(p).toString().replace('\\', '/')));
        }
        Set<String> latest = new TreeSet<>();
        for (String file : files) {
            String name = file.split("/")[1];
            boolean newest = EventType.of(EventType.PREFIX + name)
                    .map(t -> file.endsWith("/v" + schemas.latestVersion(t) + ".json")).orElse(true);
            if (newest) {
                latest.add(file);
            }
        }
        assertEquals(latest, referenced, "the document references the newest schema of every event, and only those");
    }

    @Test
    void operationsSayWhoSendsAndEveryReferenceResolves() {
        List<String> unresolved = new ArrayList<>();
        collectRefs(doc, unresolved);
        assertEquals(List.of(), unresolved, "references that do not resolve");
        TopicNames topics = TopicNames.defaults();
        Set<String> sent = Set.of(topics.decisions(), topics.deadLetter());
        int operations = 0;
        for (Map.Entry<String, JsonNode> op : fields(doc.path("operations"))) {
            JsonNode channel = resolve(op.getValue().path("channel").path("$ref").asText());
            String action = sent.contains(channel.path("address").asText()) ? "send" : "receive";
            assertEquals(action, op.getValue().path("action").asText(), op.getKey());
            operations++;
        }
        assertEquals(doc.path("channels").size(), operations, "one operation per channel");
    }

    @Test
    void theDeadLetterReasonsAreTheIntakes() {
        JsonNode reasons = doc.path("components").path("messages").path("deadLetter").path("headers")
                .path("properties").path(DeadLetter.REASON).path("enum");
        List<String> documented = new ArrayList<>();
        reasons.forEach(r -> documented.add(r.asText()));
        assertEquals(Arrays.stream(DeadLetterReason.values()).map(Enum::name).toList(), documented);
    }

    private void collectRefs(JsonNode node, List<String> unresolved) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null) {
                String target = ref.asText();
                boolean ok = target.startsWith("#") ? !resolve(target).isMissingNode()
                        : Files.isRegularFile(RESOURCES.resolve(target));
                if (!ok) {
                    unresolved.add(target);
                }
            }
            node.elements().forEachRemaining(child -> collectRefs(child, unresolved));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> collectRefs(child, unresolved));
        }
    }

    private JsonNode resolve(String ref) {
        if (!ref.startsWith("#/")) {
            return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        }
        return doc.at(ref.substring(1));
    }

    private static List<Map.Entry<String, JsonNode>> fields(JsonNode node) {
        List<Map.Entry<String, JsonNode>> list = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            list.add(it.next());
        }
        return list;
    }
}
