package dev.attune.kafka.transcript;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.attune.kafka.DeadLetterReason;
import dev.attune.kafka.Rejection;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The transcript.utterance v1 JSON Schema. A violation is reported by field and rule only: the
 * validator's own messages may quote the offending value, which here could be what a caller said.
 */
final class TranscriptSchema {
    private static final String RESOURCE = "schemas/transcript.utterance/v1.json";
    private final JsonSchema schema;

    TranscriptSchema() {
        try (InputStream in = TranscriptSchema.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("no schema " + RESOURCE);
            }
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(in, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Null when the data is valid. */
    Rejection check(JsonNode data) {
        Set<ValidationMessage> messages = schema.validate(data);
        if (messages.isEmpty()) {
            return null;
        }
        List<ValidationMessage> sorted = messages.stream()
                .sorted(Comparator.comparing((ValidationMessage m) -> reasonOf(m).ordinal())
                        .thenComparing(TranscriptSchema::describe))
                .toList();
        String detail = sorted.stream().map(TranscriptSchema::describe).collect(Collectors.joining("; "));
        return new Rejection(reasonOf(sorted.get(0)), "transcript.utterance v1: " + detail);
    }

    /** "data/offsetMillis: type", "data: required speaker", "data: unknown field notes". */
    private static String describe(ValidationMessage message) {
        String path = message.getInstanceLocation().toString().replaceFirst("^[$/]\\.?", "").replace('.', '/');
        String location = path.isEmpty() ? "data" : "data/" + path;
        return switch (message.getType()) {
            case "required" -> location + ": required " + message.getProperty();
            case "additionalProperties" -> location + ": unknown field " + message.getProperty();
            default -> location + ": " + message.getType() + " (see the schema)";
        };
    }

    private static DeadLetterReason reasonOf(ValidationMessage message) {
        return switch (message.getType()) {
            case "required" -> DeadLetterReason.MISSING_FIELD;
            case "type" -> DeadLetterReason.WRONG_TYPE;
            case "additionalProperties" -> DeadLetterReason.UNKNOWN_FIELD;
            default -> DeadLetterReason.INVALID_VALUE;
        };
    }
}
