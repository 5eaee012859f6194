package dev.attune.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * A record that could not be used, as it goes to routing.dead-letter: the original key, value bytes and
 * headers untouched, plus dead-letter-* headers saying why and where it came from (the same header names
 * SmallRye's own dead-letter strategy uses, so existing tooling reads them). Re-producing the value with
 * the original headers to the source topic replays it once the cause is fixed.
 */
public record DeadLetter(InboundRecord original, Rejection rejection, String eventId, String eventType, Instant at) {
    public static final String REASON = "dead-letter-reason";
    public static final String DETAIL = "dead-letter-detail";
    public static final String TOPIC = "dead-letter-topic";
    public static final String PARTITION = "dead-letter-partition";
    public static final String OFFSET = "dead-letter-offset";
    public static final String TIMESTAMP = "dead-letter-timestamp";
    public static final String EVENT_ID = "dead-letter-event-id";
    public static final String EVENT_TYPE = "dead-letter-event-type";
    public static final String AT = "dead-letter-at";
    /** Set only on a letter cut down to fit the broker: the original value's size in bytes. */
    public static final String ORIGINAL_SIZE = "dead-letter-original-size";
    /** Set only on a cut-down letter: SHA-256 of the whole original value, hex. */
    public static final String SHA256 = "dead-letter-sha256";
    /** Set only on a cut-down letter: what was cut (value, headers, key). */
    public static final String TRUNCATED = "dead-letter-truncated";
    private static final int DETAIL_LIMIT = 1000;

    /** The original headers followed by the dead-letter ones (read the last header of each name). */
    public Headers headers() {
        RecordHeaders headers = new RecordHeaders();
        for (Header header : original.headers()) {
            headers.add(new RecordHeader(header.key(), header.value()));
        }
        addOwn(headers);
        return headers;
    }

    /** Only the dead-letter headers, for a letter too large to carry the original ones. */
    Headers ownHeaders() {
        RecordHeaders headers = new RecordHeaders();
        addOwn(headers);
        return headers;
    }

    private void addOwn(Headers headers) {
        add(headers, REASON, rejection.reason().name());
        add(headers, DETAIL, clip(rejection.detail()));
        add(headers, TOPIC, original.topic());
        add(headers, PARTITION, Integer.toString(original.partition()));
        add(headers, OFFSET, Long.toString(original.offset()));
        if (original.timestamp() != null) {
            add(headers, TIMESTAMP, original.timestamp().toString());
        }
        if (eventId != null) {
            add(headers, EVENT_ID, clip(eventId));
        }
        if (eventType != null) {
            add(headers, EVENT_TYPE, clip(eventType));
        }
        add(headers, AT, at.toString());
    }

    /** The names of the headers this adds, for readers that strip them before a replay. */
    public static List<String> headerNames() {
        return List.of(REASON, DETAIL, TOPIC, PARTITION, OFFSET, TIMESTAMP, EVENT_ID, EVENT_TYPE, AT, ORIGINAL_SIZE,
                SHA256, TRUNCATED);
    }

    /** A sender's id or type can be as long as the record itself; a header quoting it must not be. */
    private static String clip(String text) {
        return text.length() > DETAIL_LIMIT ? text.substring(0, DETAIL_LIMIT) + "…" : text;
    }

    static void add(Headers headers, String key, String value) {
        headers.add(key, value.getBytes(StandardCharsets.UTF_8));
    }
}
