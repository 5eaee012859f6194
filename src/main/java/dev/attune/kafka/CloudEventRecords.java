package dev.attune.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudevents.CloudEvent;
import io.cloudevents.SpecVersion;
import io.cloudevents.core.v1.CloudEventBuilder;
import io.cloudevents.jackson.JsonCloudEventData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * The two CloudEvents Kafka modes (CloudEvents Kafka protocol binding 1.0): structured, the whole event as
 * JSON in the value; binary, each attribute in a {@code ce_<name>} header, {@code datacontenttype} in
 * {@code content-type} and the data alone in the value. Readers turn either into the structured JSON tree so
 * one set of checks applies to both; the intake first reads either straight into an event, and only a record
 * that fails that goes through the tree.
 */
public final class CloudEventRecords {
    public static final String PREFIX = "ce_";
    public static final String CONTENT_TYPE = "content-type";
    private static final String STRUCTURED_CONTENT_TYPE = "application/cloudevents";
    private static final String JSON = "application/json";

    private CloudEventRecords() {
    }

    /** Binary mode: a {@code ce_specversion} header and a content type that is not a structured CloudEvent's. */
    public static boolean binary(Headers headers) {
        if (headers == null || headers.lastHeader(PREFIX + "specversion") == null) {
            return false;
        }
        String contentType = text(headers.lastHeader(CONTENT_TYPE));
        return contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith(STRUCTURED_CONTENT_TYPE);
    }

    /**
     * The structured form of a binary-mode record: every {@code ce_} header as an attribute (the last of a
     * repeated name wins, as for every header Attune reads), {@code content-type} as datacontenttype and the
     * value, parsed as JSON, as data (a value of a non-JSON content type stays text).
     *
     * @throws IOException when the value is not JSON
     */
    public static ObjectNode structured(Headers headers, byte[] value, ObjectMapper json) throws IOException {
        ObjectNode event = json.createObjectNode();
        for (Header header : headers) {
            if (header.key().startsWith(PREFIX) && header.key().length() > PREFIX.length()) {
                event.put(header.key().substring(PREFIX.length()), text(header));
            }
        }
        String contentType = text(headers.lastHeader(CONTENT_TYPE));
        if (contentType != null) {
            event.put("datacontenttype", contentType);
        }
        boolean jsonData = contentType == null || contentType.toLowerCase(Locale.ROOT).contains("json");
        // Data in another format is kept as text, so the envelope check refuses it by its content type.
        event.set("data", jsonData ? json.readTree(value) : event.textNode(new String(value, StandardCharsets.UTF_8)));
        return event;
    }

    /** The tree of a record in either mode, or null for a record with no value. */
    public static JsonNode tree(Headers headers, byte[] value, ObjectMapper json) throws IOException {
        if (value == null || value.length == 0) {
            return null;
        }
        return binary(headers) ? structured(headers, value, json) : json.readTree(value);
    }

    /**
     * The event of a record in either mode read in one pass, or null when that pass fails or meets a record it
     * might read otherwise than {@link #tree} does; the caller then reads the record through the tree, which
     * says why it cannot be used. A structured value goes to the event reader without a tree and a copy of it,
     * binary headers go to the builder without a structured form.
     */
    public static CloudEvent event(Headers headers, byte[] value, ObjectMapper json) {
        try {
            return binary(headers) ? binaryEvent(headers, value, json) : json.readValue(value, CloudEvent.class);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The builder calls the JSON event reader makes for the structured form of a binary record. Null for what
     * that form reads otherwise: a header with no value, a specversion but 1.0, the attributes
     * {@link #structured} overrides or the reader takes apart, a content type but plain application/json
     * (whose data the reader may refuse), and a value of only whitespace (a missing node, which the reader
     * cannot copy).
     */
    private static CloudEvent binaryEvent(Headers headers, byte[] value, ObjectMapper json) throws IOException {
        String contentType = text(headers.lastHeader(CONTENT_TYPE));
        if (contentType != null && !contentType.equals(JSON)) {
            return null;
        }
        CloudEventBuilder event = new CloudEventBuilder();
        for (Header header : headers) {
            if (!header.key().startsWith(PREFIX) || header.key().length() == PREFIX.length()) {
                continue;
            }
            String name = header.key().substring(PREFIX.length());
            String text = text(header);
            if (text == null) {
                return null;
            }
            switch (name) {
                case "datacontenttype", "data", "data_base64" -> {
                    return null;
                }
                case "specversion" -> {
                    if (!text.equals(SpecVersion.V1.toString())) {
                        return null;
                    }
                }
                default -> event.withContextAttribute(name, text);
            }
        }
        JsonNode data = json.readTree(value);
        return data.isMissingNode() ? null : event.withDataContentType(JSON).withData(JsonCloudEventData.wrap(data)).build();
    }

    /** Writes an event in binary mode: its attributes and extensions into headers, its JSON data as the value. */
    public static byte[] toBinary(CloudEvent event, Headers headers) {
        put(headers, "specversion", event.getSpecVersion().toString());
        put(headers, "id", event.getId());
        put(headers, "source", event.getSource().toString());
        put(headers, "type", event.getType());
        if (event.getTime() != null) {
            put(headers, "time", event.getTime().toInstant().toString());
        }
        if (event.getSubject() != null) {
            put(headers, "subject", event.getSubject());
        }
        if (event.getDataSchema() != null) {
            put(headers, "dataschema", event.getDataSchema().toString());
        }
        for (String name : event.getExtensionNames()) {
            put(headers, name, String.valueOf(event.getExtension(name)));
        }
        headers.add(CONTENT_TYPE, bytes(event.getDataContentType() == null ? "application/json"
                : event.getDataContentType()));
        return event.getData() instanceof JsonCloudEventData data
                ? bytes(data.getNode().toString())
                : event.getData() == null ? new byte[0] : event.getData().toBytes();
    }

    private static void put(Headers headers, String attribute, String value) {
        headers.add(PREFIX + attribute, bytes(value));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(Header header) {
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
