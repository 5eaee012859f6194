package dev.attune.kafka.transcript;

import static dev.attune.kafka.DeadLetterReason.BAD_ENVELOPE;
import static dev.attune.kafka.DeadLetterReason.BAD_JSON;
import static dev.attune.kafka.DeadLetterReason.KEY_MISMATCH;
import static dev.attune.kafka.DeadLetterReason.UNEXPECTED_TOPIC;
import static dev.attune.kafka.DeadLetterReason.UNKNOWN_TYPE;
import static dev.attune.kafka.DeadLetterReason.UNKNOWN_VERSION;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.attune.kafka.CloudEventRecords;
import dev.attune.kafka.DeadLetterReason;
import dev.attune.kafka.InboundRecord;
import dev.attune.kafka.Rejection;
import dev.attune.text.Utterance;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.OffsetDateTime;

/**
 * Checks a transcript record against the contract (docs/events.md, transcript.utterance): a CloudEvent 1.0
 * in structured or binary mode of type dev.attune.transcript.utterance, version 1, keyed by its pool. Its refusals
 * name fields and positions but never quote the record, because the record holds what a caller said.
 */
public final class TranscriptDecoder {
    public static final String TYPE = "dev.attune.transcript.utterance";
    public static final String DATA_SCHEMA = "https://attune.dev/schemas/events/transcript.utterance/v1.json";

    private final ObjectMapper json = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    private final TranscriptSchema schema = new TranscriptSchema();

    /** The utterance, or why the record cannot be used. */
    public Result decode(InboundRecord record) {
        JsonNode event;
        try {
            event = CloudEventRecords.tree(record.headers(), record.value(), json);
        } catch (JsonProcessingException e) {
            return refuse(BAD_JSON, "not JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")", null);
        } catch (IOException e) {
            return refuse(BAD_JSON, "not JSON", null);
        }
        if (event == null) {
            return refuse(BAD_JSON, "the record has no value", null);
        }
        if (!event.isObject()) {
            return refuse(BAD_ENVELOPE, "expected a structured CloudEvent (a JSON object) or binary mode (ce_* headers)", null);
        }
        String id = text(event, "id");
        for (String attribute : new String[] {"id", "source", "type", "time"}) {
            if (text(event, attribute) == null) {
                return refuse(BAD_ENVELOPE, "the " + attribute + " attribute is required", id);
            }
        }
        if (!"1.0".equals(text(event, "specversion"))) {
            return refuse(BAD_ENVELOPE, "specversion must be 1.0", id);
        }
        if (!TYPE.equals(text(event, "type"))) {
            boolean attune = text(event, "type").startsWith("dev.attune.");
            return refuse(attune ? UNEXPECTED_TOPIC : UNKNOWN_TYPE, "only " + TYPE + " belongs on " + record.topic(), id);
        }
        Rejection version = version(event);
        if (version != null) {
            return new Result(null, version, id);
        }
        return data(record, event, id);
    }

    private Result data(InboundRecord record, JsonNode event, String id) {
        JsonNode data = event.get("data");
        if (data == null || !data.isObject()) {
            return refuse(BAD_ENVELOPE, "data must be a JSON object", id);
        }
        String contentType = text(event, "datacontenttype");
        if (contentType != null && !contentType.startsWith("application/json")) {
            return refuse(BAD_ENVELOPE, "datacontenttype must be application/json, was " + contentType, id);
        }
        Rejection invalid = schema.check(data);
        if (invalid != null) {
            return new Result(null, invalid, id);
        }
        String poolId = data.get("poolId").asText();
        if (!poolId.equals(record.key())) {
            return refuse(KEY_MISMATCH, "the record key must be the poolId '" + poolId + "', was "
                    + (record.key() == null ? "no key" : "'" + record.key() + "'"), id);
        }
        OffsetDateTime said;
        try {
            said = OffsetDateTime.parse(text(event, "time"));
        } catch (DateTimeException e) {
            return refuse(BAD_ENVELOPE, "time must be an RFC 3339 date-time", id);
        }
        return new Result(new Utterance(id, poolId, data.get("callId").asText(),
                Utterance.Speaker.valueOf(data.get("speaker").asText()), data.get("offsetMillis").asLong(),
                data.get("text").asText(), data.get("language").asText(), said.toInstant()), null, id);
    }

    private static Rejection version(JsonNode event) {
        String dataSchema = text(event, "dataschema");
        String extension = text(event, "schemaversion");
        if (dataSchema == null && extension == null) {
            return new Rejection(BAD_ENVELOPE, "say which data schema version the event follows: dataschema "
                    + DATA_SCHEMA + " or schemaversion 1");
        }
        if (dataSchema != null && !dataSchema.equals(DATA_SCHEMA)) {
            return new Rejection(UNKNOWN_VERSION, "dataschema must be " + DATA_SCHEMA);
        }
        if (extension != null && !extension.trim().equals("1")) {
            return new Rejection(UNKNOWN_VERSION, TYPE + " has schema version 1 only");
        }
        return null;
    }

    private static String text(JsonNode event, String attribute) {
        JsonNode value = event.get(attribute);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Result refuse(DeadLetterReason reason, String detail, String id) {
        return new Result(null, new Rejection(reason, detail), id);
    }

    /** Exactly one of utterance and rejection is set; eventId when the envelope had one. */
    public record Result(Utterance utterance, Rejection rejection, String eventId) {
    }
}
