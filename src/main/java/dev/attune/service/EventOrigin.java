package dev.attune.service;

/**
 * Where an event handed to the engine came from, for idempotency, tracing and latency.
 *
 * @param identity      what makes the event unique (CloudEvents source and id); null when the caller
 *                      has no identity to offer, and then no duplicate check applies
 * @param eventId       the id quoted as causation on the decisions it leads to; may be null
 * @param position      the input record's topic/partition@offset, null when it did not come from Kafka
 * @param receivedNanos {@link System#nanoTime()} when the service received it, for decision latency
 * @param traceparent   the W3C trace context its decisions continue (dev.attune.kafka.tracing), null when none
 */
public record EventOrigin(String identity, String eventId, String position, long receivedNanos, String traceparent) {

    public EventOrigin(String identity, String eventId, String position, long receivedNanos) {
        this(identity, eventId, position, receivedNanos, null);
    }

    /** An event from inside the service (REST, tests): no identity, no input record. */
    public static EventOrigin local(String eventId) {
        return new EventOrigin(null, eventId, null, System.nanoTime());
    }
}
