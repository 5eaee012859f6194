package dev.attune.kafka;

import java.time.Instant;
import java.util.Objects;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/** One record as it came off an input topic: where it was, and its bytes and headers untouched. */
public record InboundRecord(
        String topic,
        int partition,
        long offset,
        Instant timestamp,
        String key,
        byte[] value,
        Headers headers) {

    public InboundRecord {
        Objects.requireNonNull(topic, "topic");
        headers = headers == null ? new RecordHeaders() : headers;
    }

    /** Where the record was, as logs and dead letters quote it: topic/partition@offset. */
    public String position() {
        return topic + "/" + partition + "@" + offset;
    }
}
