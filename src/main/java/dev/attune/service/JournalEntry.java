package dev.attune.service;

import dev.attune.core.engine.RoutingDirective;
import dev.attune.core.engine.event.RoutingEvent;

/** One thing the journal must remember, in the order the engine did it: a decision, or an event it applied. */
public sealed interface JournalEntry {

    /** A few words for a log line (the entries themselves carry whole explanations). */
    String describe();

    /** The engine issued a directive (an offer, a rescind). */
    record Decided(RoutingDirective directive) implements JournalEntry {
        @Override
        public String describe() {
            return directive.getClass().getSimpleName() + " " + directive.poolId() + "/" + directive.callId();
        }
    }

    /** The engine applied an input event (an answer to an offer, a call's end, ...). */
    record Applied(RoutingEvent event) implements JournalEntry {
        @Override
        public String describe() {
            return event.getClass().getSimpleName() + " in " + event.poolId();
        }
    }
}
