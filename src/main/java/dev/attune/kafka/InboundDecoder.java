package dev.attune.kafka;

import static dev.attune.kafka.DeadLetterReason.BAD_ENVELOPE;
import static dev.attune.kafka.DeadLetterReason.BAD_JSON;
import static dev.attune.kafka.DeadLetterReason.INVALID_VALUE;
import static dev.attune.kafka.DeadLetterReason.KEY_MISMATCH;
import static dev.attune.kafka.DeadLetterReason.TOO_LARGE;
import static dev.attune.kafka.DeadLetterReason.UNEXPECTED_TOPIC;
import static dev.attune.kafka.DeadLetterReason.UNKNOWN_TYPE;
import static dev.attune.kafka.DeadLetterReason.UNKNOWN_VERSION;
import static dev.attune.kafka.Rejection.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.attune.kafka.EventType.Topic;
import dev.attune.kafka.tracing.TraceParent;
import io.cloudevents.CloudEvent;
import io.cloudevents.SpecVersion;
import io.cloudevents.jackson.JsonCloudEventData;
import io.cloudevents.jackson.JsonFormat;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks one input record against the event contract (docs/events.md) and turns it into an engine
 * event, or says precisely why it cannot be used. Stateless and thread-safe. The order of the checks is
 * the order an integrator fixes things in: bytes, envelope, type, topic, version, data, key.
 */
public final class InboundDecoder {
    /** Extension attribute that may carry the data schema version instead of {@code dataschema}. */
    public static final String SCHEMA_VERSION = "schemaversion";

    private final ObjectMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .addModule(JsonFormat.getCloudEventJacksonModule())
            .build();
    /** The default of attune.kafka.max-event-bytes. */
    public static final int MAX_EVENT_BYTES = 65_536;

    private final EventSchemas schemas;
    private final TopicNames topics;
    private final int maxEventBytes;

    public InboundDecoder(EventSchemas schemas, TopicNames topics) {
        this(schemas, topics, MAX_EVENT_BYTES);
    }

    public InboundDecoder(EventSchemas schemas, TopicNames topics, int maxEventBytes) {
        this.schemas = schemas;
        this.topics = topics;
        this.maxEventBytes = maxEventBytes;
    }

    public Decoded decode(InboundRecord record) {
        CloudEvent envelope = null;
        try {
            envelope = envelope(record);
            return new Decoded.Usable(decode(record, envelope));
        } catch (Rejection.Failure failure) {
            return new Decoded.Unusable(failure.rejection,
                    envelope == null ? null : envelope.getId(), envelope == null ? null : envelope.getType());
        } catch (RuntimeException | StackOverflowError e) {
            // Whatever bytes a sender makes up, the answer is a dead letter, never an exception that stops the intake.
            return new Decoded.Unusable(new Rejection(DeadLetterReason.PROCESSING_ERROR,
                    "the record could not be checked: " + e), envelope == null ? null : envelope.getId(),
                    envelope == null ? null : envelope.getType());
        }
    }

    private CloudEvent envelope(InboundRecord record) {
        if (record.value() == null || record.value().length == 0) {
            throw fail(BAD_JSON, "the record has no value");
        }
        if (record.value().length > maxEventBytes) {
            throw fail(TOO_LARGE, "the record has " + record.value().length + " bytes; events are at most "
                    + maxEventBytes + " (attune.kafka.max-event-bytes)");
        }
        // Read once straight from the bytes; only a record that fails that is read again through the tree,
        // whose two steps tell a JSON error from an envelope error.
        CloudEvent envelope = CloudEventRecords.event(record.headers(), record.value(), json);
        if (envelope == null) {
            envelope = envelope(parse(record));
        }
        if (envelope.getSpecVersion() != SpecVersion.V1) {
            throw fail(BAD_ENVELOPE, "specversion must be 1.0, was " + envelope.getSpecVersion());
        }
        return envelope;
    }

    private JsonNode parse(InboundRecord record) {
        try {
            return CloudEventRecords.tree(record.headers(), record.value(), json);
        } catch (IOException e) {
            throw fail(BAD_JSON, (CloudEventRecords.binary(record.headers()) ? "binary mode: the data is not JSON: "
                    : "not JSON: ") + firstLine(e));
        }
    }

    private CloudEvent envelope(JsonNode tree) {
        if (!tree.isObject()) {
            throw fail(BAD_ENVELOPE, "expected a structured CloudEvent (a JSON object) or binary mode (ce_* headers), got "
                    + tree.getNodeType());
        }
        try {
            return json.treeToValue(tree, CloudEvent.class);
        } catch (JsonProcessingException | IllegalArgumentException | IllegalStateException e) {
            throw fail(BAD_ENVELOPE, "not a valid CloudEvent: " + firstLine(e));
        }
    }

    private InboundEvent decode(InboundRecord record, CloudEvent envelope) {
        EventType type = EventType.of(envelope.getType())
                .orElseThrow(() -> fail(UNKNOWN_TYPE, "unknown event type '" + envelope.getType() + "'"));
        Optional<Topic> topic = topics.roleOf(record.topic());
        if (!type.inbound() || topic.isPresent() && topic.get() != type.topic()) {
            throw fail(UNEXPECTED_TOPIC, type.type() + " belongs on "
                    + (type.inbound() ? topics.name(type.topic()) : "no input topic (Attune produces it)")
                    + ", not " + record.topic());
        }
        if (envelope.getTime() == null) {
            throw fail(BAD_ENVELOPE, "the time attribute is required: when the event happened at its source");
        }
        String contentType = envelope.getDataContentType();
        if (contentType != null && !contentType.startsWith("application/json")) {
            throw fail(BAD_ENVELOPE, "datacontenttype must be application/json, was " + contentType);
        }
        int version = version(envelope, type);
        if (!(envelope.getData() instanceof JsonCloudEventData data) || !data.getNode().isObject()) {
            throw fail(BAD_ENVELOPE, "data must be a JSON object");
        }
        JsonNode fields = data.getNode();
        schemas.validate(type, version, fields);
        String poolId = fields.path("poolId").asText();
        if (!poolId.equals(record.key())) {
            throw fail(KEY_MISMATCH, "the record key must be the poolId '" + poolId + "', was "
                    + (record.key() == null ? "no key" : "'" + record.key() + "'"));
        }
        Instant time = envelope.getTime().toInstant();
        try {
            return new InboundEvent(envelope.getId(), envelope.getSource().toString(), type, version, time,
                    InboundMapping.toEvent(type, fields, time), traceparent(envelope));
        } catch (IllegalArgumentException | DateTimeException e) {
            throw fail(INVALID_VALUE, type.schemaName() + ": " + e.getMessage());
        }
    }

    private static String traceparent(CloudEvent envelope) {
        Object value = envelope.getExtension(TraceParent.EXTENSION);
        return value == null ? null : value.toString();
    }

    /** The data schema version from {@code dataschema} or the {@code schemaversion} extension, which must agree. */
    private int version(CloudEvent envelope, EventType type) {
        Integer fromUri = null;
        if (envelope.getDataSchema() != null) {
            fromUri = EventSchemas.versionOf(envelope.getDataSchema(), type).orElseThrow(() -> fail(UNKNOWN_VERSION,
                    "dataschema " + envelope.getDataSchema() + " is not a schema of " + type.type() + "; expected "
                            + EventSchemas.dataSchema(type, schemas.latestVersion(type))));
        }
        Integer fromExtension = null;
        Object extension = envelope.getExtension(SCHEMA_VERSION);
        if (extension != null) {
            try {
                fromExtension = Integer.parseInt(extension.toString().trim());
            } catch (NumberFormatException e) {
                throw fail(UNKNOWN_VERSION, "schemaversion must be a whole number, was '" + extension + "'");
            }
        }
        if (fromUri == null && fromExtension == null) {
            throw fail(BAD_ENVELOPE, "say which data schema version the event follows: dataschema "
                    + EventSchemas.dataSchema(type, schemas.latestVersion(type)) + " or schemaversion "
                    + schemas.latestVersion(type));
        }
        if (fromUri != null && fromExtension != null && !fromUri.equals(fromExtension)) {
            throw fail(BAD_ENVELOPE, "dataschema says version " + fromUri + " but schemaversion says " + fromExtension);
        }
        int version = fromUri != null ? fromUri : fromExtension;
        if (!schemas.supports(type, version)) {
            throw fail(UNKNOWN_VERSION, type.type() + " has no schema version " + version + "; supported: "
                    + schemas.versions(type));
        }
        return version;
    }

    private static String firstLine(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = String.valueOf(cause.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline).trim();
    }
}
