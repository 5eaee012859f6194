package dev.attune.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The JSON Schemas of every event's data, one file per type and version under
 * src/main/resources/schemas/&lt;type&gt;/v&lt;N&gt;.json. Versions are found by looking for v1, v2, ... so adding
 * a version is adding a file. Each schema's {@code $id} is the URI producers put in {@code dataschema}.
 */
public final class EventSchemas {
    public static final String BASE_URI = "https://attune.dev/schemas/events/";
    private static final Pattern DATASCHEMA = Pattern.compile(Pattern.quote(BASE_URI) + "([a-z.-]+)/v(\\d+)\\.json");
    private static final int MAX_VERSIONS = 99;

    private final Map<EventType, TreeMap<Integer, JsonSchema>> schemas = new EnumMap<>(EventType.class);

    public EventSchemas() {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .formatAssertionsEnabled(true)
                .build();
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        for (EventType type : EventType.values()) {
            TreeMap<Integer, JsonSchema> versions = new TreeMap<>();
            for (int version = 1; version <= MAX_VERSIONS; version++) {
                try (InputStream in = resource(type, version)) {
                    if (in == null) {
                        break;
                    }
                    versions.put(version, factory.getSchema(in, config));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read the schema of " + type.type() + " v" + version, e);
                }
            }
            if (versions.isEmpty()) {
                throw new IllegalStateException("no schema for " + type.type() + " under schemas/" + type.schemaName());
            }
            schemas.put(type, versions);
        }
    }

    private static InputStream resource(EventType type, int version) {
        return EventSchemas.class.getClassLoader()
                .getResourceAsStream("schemas/" + type.schemaName() + "/v" + version + ".json");
    }

    public Set<Integer> versions(EventType type) {
        return schemas.get(type).keySet();
    }

    public int latestVersion(EventType type) {
        return schemas.get(type).lastKey();
    }

    public boolean supports(EventType type, int version) {
        return schemas.get(type).containsKey(version);
    }

    /** The {@code dataschema} URI of a type and version, which is also its schema's $id. */
    public static URI dataSchema(EventType type, int version) {
        return URI.create(BASE_URI + type.schemaName() + "/v" + version + ".json");
    }

    /** The version a {@code dataschema} URI names for this type, empty when it is not an Attune schema URI of it. */
    public static Optional<Integer> versionOf(URI dataSchema, EventType type) {
        Matcher matcher = DATASCHEMA.matcher(dataSchema.toString());
        if (!matcher.matches() || !matcher.group(1).equals(type.schemaName())) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(matcher.group(2)));
    }

    /**
     * Checks data against the schema of a supported version. Fails with the most telling reason (a missing
     * field before a wrong type before an unknown field before a bad value) and every violation in the detail.
     */
    void validate(EventType type, int version, JsonNode data) {
        Set<ValidationMessage> messages = schemas.get(type).get(version).validate(data);
        if (messages.isEmpty()) {
            return;
        }
        List<ValidationMessage> sorted = messages.stream()
                .sorted(Comparator.comparing((ValidationMessage m) -> reasonOf(m).ordinal())
                        .thenComparing(ValidationMessage::getMessage))
                .toList();
        String detail = sorted.stream().map(EventSchemas::located).collect(Collectors.joining("; "));
        throw Rejection.fail(reasonOf(sorted.get(0)), type.schemaName() + " v" + version + ": " + detail);
    }

    /** The message with the field's place in the data: "data/priority: string found, integer expected". */
    private static String located(ValidationMessage message) {
        String text = message.getMessage();
        if (text.startsWith(": ")) {
            return "data" + text;
        }
        return text.startsWith("/") ? "data" + text : text;
    }

    private static DeadLetterReason reasonOf(ValidationMessage message) {
        return switch (message.getType()) {
            case "required" -> DeadLetterReason.MISSING_FIELD;
            case "type" -> DeadLetterReason.WRONG_TYPE;
            case "additionalProperties", "unevaluatedProperties" -> DeadLetterReason.UNKNOWN_FIELD;
            default -> DeadLetterReason.INVALID_VALUE;
        };
    }
}
