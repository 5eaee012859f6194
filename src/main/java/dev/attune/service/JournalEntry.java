package dev.attune.service;

import dev.attune.core.engine.RoutingDirective;
import dev.attune.core.engine.event.RoutingEvent;

/** One thing the journal must remember, in the order the engine did it: a decision, or an event it applied. */
public sealed interface JournalEntry {

    /** A few words for a log line (the entries themselves carry whole explanations). */
    String describe();

    /**
     * What identifies the record the entry comes from, the same whoever hands it to the journal (the engine host
     * or the journal feed reading it back from Kafka): {@link #decidedKey} or {@link #appliedKey}. Null when
     * unknown (an event from inside the service), and then nothing is recognised by it.
     */
    String key();

    /** The key of a directive, by the id of the event it is published as. */
    static String decidedKey(String eventId) {
        return "decided " + eventId;
    }

    /** The key of an input event, by its CloudEvents identity (source and id: {@link EventOrigin#identity()}). */
    static String appliedKey(String identity) {
        return identity == null ? null : "applied " + identity;
    }

    /** The engine issued a directive (an offer, a rescind). */
    record Decided(RoutingDirective directive) implements JournalEntry {
        @Override
        public String describe() {
            return directive.getClass().getSimpleName() + " " + directive.poolId() + "/" + directive.callId();
        }

        @Override
        public String key() {
            return decidedKey(directive.eventId());
        }
    }

    /**
     * The engine applied an input event (an answer to an offer, a call's end, ...).
     *
     * @param identity the event's CloudEvents identity (source and id); null when it has none
     */
    record Applied(RoutingEvent event, String identity) implements JournalEntry {
        /** An event known without its identity (from inside the service, or in a test). */
        public Applied(RoutingEvent event) {
            this(event, null);
        }

        @Override
        public String describe() {
            return event.getClass().getSimpleName() + " in " + event.poolId();
        }

        @Override
        public String key() {
            return appliedKey(identity);
        }
    }
}
