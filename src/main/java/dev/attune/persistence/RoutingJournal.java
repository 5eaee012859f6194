package dev.attune.persistence;

import dev.attune.core.engine.RoutingDirective;
import dev.attune.core.engine.event.CallEnded;
import dev.attune.core.engine.event.OfferAccepted;
import dev.attune.core.engine.event.OfferRejected;
import dev.attune.core.engine.event.OfferTimedOut;
import dev.attune.core.engine.event.RoutingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Keeps the decision journal in step with routing: every directive the engine issues (offers,
 * rescinds) and every answer to an offer or end of a call. The engine host fires both as CDI events
 * ({@code Event<RoutingDirective>}, {@code Event<RoutingEvent>}) from a thread that may block, or calls
 * {@link #record(RoutingDirective)} and {@link #record(RoutingEvent)} itself. Idempotent throughout.
 */
@ApplicationScoped
public class RoutingJournal {
    @Inject
    DecisionJournal decisions;
    @Inject
    OutcomeJournal outcomes;

    void onDirective(@Observes RoutingDirective directive) {
        record(directive);
    }

    void onEvent(@Observes RoutingEvent event) {
        record(event);
    }

    public void record(RoutingDirective directive) {
        decisions.record(List.of(directive));
    }

    /** Answers to offers move their decision to its final status; a call's end is stored as its outcome. */
    public void record(RoutingEvent event) {
        if (event instanceof OfferAccepted accepted) {
            decisions.updateStatus(accepted.decisionId(), DecisionStatus.ACCEPTED, accepted.at(), null);
        } else if (event instanceof OfferRejected rejected) {
            decisions.updateStatus(rejected.decisionId(), DecisionStatus.REJECTED, rejected.at(), rejected.reason());
        } else if (event instanceof OfferTimedOut timedOut) {
            decisions.updateStatus(timedOut.decisionId(), DecisionStatus.TIMED_OUT, timedOut.at(), "no answer by the deadline");
        } else if (event instanceof CallEnded ended && ended.agentId() != null) {
            outcomes.record(ended);
        }
    }
}
