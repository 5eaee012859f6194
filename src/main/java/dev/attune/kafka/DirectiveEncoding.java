package dev.attune.kafka;

import dev.attune.core.engine.RoutingDirective;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.common.header.internals.RecordHeaders;

/** A directive as the bytes and headers of its routing.decisions record, in the configured content mode. */
final class DirectiveEncoding {
    private final DecisionEvents events;
    private final ContentMode mode;

    DirectiveEncoding(KafkaSettings settings) {
        this.events = new DecisionEvents(settings.source());
        this.mode = settings.publishMode();
    }

    byte[] encode(RoutingDirective directive, Instant at, String causationId, String traceparent,
            RecordHeaders headers) {
        if (mode == ContentMode.BINARY) {
            return CloudEventRecords.toBinary(events.toCloudEvent(directive, at, causationId, traceparent), headers);
        }
        headers.add(DecisionPublisher.CONTENT_TYPE,
                "application/cloudevents+json; charset=UTF-8".getBytes(StandardCharsets.UTF_8));
        return events.encode(directive, at, causationId, traceparent);
    }
}
