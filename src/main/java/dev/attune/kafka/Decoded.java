package dev.attune.kafka;

/** What the decoder made of one record: an event the router can use, or why not. */
public sealed interface Decoded {

    record Usable(InboundEvent event) implements Decoded {
    }

    /**
     * @param eventId   the CloudEvents id when the envelope got that far, else null
     * @param eventType the CloudEvents type when the envelope got that far, else null
     */
    record Unusable(Rejection rejection, String eventId, String eventType) implements Decoded {
    }
}
