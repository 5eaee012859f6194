package dev.attune.core.engine;

import dev.attune.core.engine.event.RoutingEvent;
import java.util.List;

/**
 * What a batch of events produced: the offers created or rescinded, in order, and the events refused as
 * inconsistent (each with its position in the batch and the reason, for the dead-letter topic). A refused
 * event changes nothing; the rest of the batch is applied.
 */
public record BatchOutcome(List<RoutingDirective> directives, List<Rejection> rejections) {
    public BatchOutcome {
        directives = List.copyOf(directives);
        rejections = List.copyOf(rejections);
    }

    /** A refused event: its position in the batch, why (the code and the detail). */
    public record Rejection(int index, RoutingEvent event, Refusal refusal, String reason) {
        /** The refusal as the exception {@link RoutingEngine#apply} would have thrown for the event alone. */
        public RejectedEventException asException() {
            return new RejectedEventException(refusal, reason);
        }
    }
}
