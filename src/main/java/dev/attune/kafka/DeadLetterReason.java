package dev.attune.kafka;

/**
 * Why a record went to the dead-letter topic. One code per thing an integrator fixes differently; the
 * dead letter's detail says exactly what was wrong. The metric attune_dead_letters_total is tagged by it.
 */
public enum DeadLetterReason {
    /** The value is larger than attune.kafka.max-event-bytes: no event is that large, so it is not even parsed. */
    TOO_LARGE,
    /** The value is empty or not JSON at all. */
    BAD_JSON,
    /** JSON, but not a structured CloudEvents 1.0 envelope as docs/events.md requires (id, source, type, time, data). */
    BAD_ENVELOPE,
    /** The CloudEvents type is not one Attune knows. */
    UNKNOWN_TYPE,
    /** A known type on a topic it does not belong to (e.g. agent.state-changed on acd.calls). */
    UNEXPECTED_TOPIC,
    /** The data schema version is not one Attune supports. */
    UNKNOWN_VERSION,
    /** The data lacks a required field. */
    MISSING_FIELD,
    /** A field has the wrong JSON type (a string where a number belongs, ...). */
    WRONG_TYPE,
    /** The data has a field the schema does not define (often a misspelt name). */
    UNKNOWN_FIELD,
    /** A field is out of range or not one of the allowed values. */
    INVALID_VALUE,
    /** The record key is not the data's poolId, so the pool's events would not stay in order on one partition. */
    KEY_MISMATCH,
    /** The event names an agent the router has no profile for. */
    UNKNOWN_AGENT,
    /** The event names a product the catalogue lacks. */
    UNKNOWN_PRODUCT,
    /** The event contradicts what the router knows (e.g. accepting an offer that was never made). */
    INCONSISTENT,
    /** The router failed on an event it should have handled: a bug, logged with the event id. */
    PROCESSING_ERROR
}
