package dev.attune.kafka;

import dev.attune.core.engine.event.RoutingEvent;
import java.time.Instant;

/**
 * A record that passed every check: its CloudEvents identity and the engine event it means.
 *
 * @param version     the data schema version it was validated against
 * @param traceparent its W3C trace context (the CloudEvents distributed-tracing extension), null when absent
 */
public record InboundEvent(
        String id,
        String source,
        EventType type,
        int version,
        Instant time,
        RoutingEvent event,
        String traceparent) {

    /** CloudEvents identity: id is unique within its source, so duplicates are found by both. */
    public String identity() {
        return identity(source, id);
    }

    /** The identity of an event with this CloudEvents source and id, however it was read. */
    public static String identity(String source, String id) {
        return source + " " + id;
    }
}
