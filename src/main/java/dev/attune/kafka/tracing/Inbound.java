package dev.attune.kafka.tracing;

/**
 * An input event as tracing sees it.
 *
 * @param type        the CloudEvents type, e.g. dev.attune.call.arrived
 * @param eventId     the CloudEvents id
 * @param callId      the call it is about, null for agent events
 * @param traceparent the event's own traceparent extension, null when it has none
 * @param position    where it was on the input: topic/partition@offset
 * @param callOver    whether it ends the call (ended, abandoned): its trace is then forgotten
 */
public record Inbound(String type, String eventId, String callId, String traceparent, String position,
        boolean callOver) {
}
