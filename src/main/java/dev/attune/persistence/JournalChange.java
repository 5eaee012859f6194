package dev.attune.persistence;

import dev.attune.core.domain.Offer;
import dev.attune.core.engine.RoutingDirective;
import dev.attune.core.engine.event.CallAbandoned;
import dev.attune.core.engine.event.CallArrived;
import dev.attune.core.engine.event.CallEnded;
import dev.attune.core.engine.event.OfferAccepted;
import dev.attune.core.engine.event.OfferRejected;
import dev.attune.core.engine.event.OfferTimedOut;
import dev.attune.core.engine.event.RoutingEvent;
import dev.attune.service.port.DecisionStatus;
import dev.attune.service.port.RoutingNotice;
import java.time.Instant;
import java.util.List;

/** What routing asks of the journal's tables: a new decision, a decision's fate, a call's outcome, a notice. */
sealed interface JournalChange {

    /** A new offer, PENDING unless a later change of the same batch settles it. */
    record Offered(Offer offer) implements JournalChange {
    }

    /** @param at when it happened; null means now */
    record Settled(String decisionId, DecisionStatus status, Instant at, String reason) implements JournalChange {
    }

    record Ended(CallEnded ended) implements JournalChange {
    }

    /** A call's segment, for the fairness audit and the benchmark's per-arm report. */
    record Arrived(CallArrived arrived) implements JournalChange {
    }

    record Abandoned(CallAbandoned abandoned) implements JournalChange {
    }

    /** A notice published beside the offers: a call refused as unroutable, an agent set away. */
    record Noticed(RoutingNotice notice) implements JournalChange {
    }

    /** New offers as PENDING; rescinded ones as RESCINDED, recorded first if they never were (journaling started late). */
    static List<JournalChange> of(RoutingDirective directive) {
        if (directive instanceof RoutingDirective.OfferRescinded rescinded) {
            Offer offer = rescinded.offer();
            return List.of(new Offered(offer),
                    new Settled(offer.decisionId(), DecisionStatus.RESCINDED, null, rescinded.reason()));
        }
        if (directive instanceof RoutingDirective.OfferCreated created) {
            return List.of(new Offered(created.offer()));
        }
        if (directive instanceof RoutingDirective.CallUnroutable refused) {
            return List.of(new Noticed(new RoutingNotice("CALL_UNROUTABLE", refused.poolId(), refused.callId(), null,
                    null, refused.reason().name(), refused.rule(), refused.at())));
        }
        RoutingDirective.AgentSetAway away = (RoutingDirective.AgentSetAway) directive;
        return List.of(new Noticed(new RoutingNotice("AGENT_SET_AWAY", away.poolId(), away.callId(), away.agentId(),
                away.offer().decisionId(), away.reason(), null, away.at())));
    }

    /** Answers to offers move their decision to its final status; a served call's end is its outcome. */
    static List<JournalChange> of(RoutingEvent event) {
        return event.accept(new RoutingEvent.Selective<>() {
            @Override
            public List<JournalChange> otherwise(RoutingEvent other) {
                return List.of();
            }

            @Override
            public List<JournalChange> offerAccepted(OfferAccepted accepted) {
                return List.of(new Settled(accepted.decisionId(), DecisionStatus.ACCEPTED, accepted.at(), null));
            }

            @Override
            public List<JournalChange> offerRejected(OfferRejected rejected) {
                return List.of(new Settled(rejected.decisionId(), DecisionStatus.REJECTED, rejected.at(),
                        rejected.reason()));
            }

            @Override
            public List<JournalChange> offerTimedOut(OfferTimedOut timedOut) {
                return List.of(new Settled(timedOut.decisionId(), DecisionStatus.TIMED_OUT, timedOut.at(),
                        "no answer by the deadline"));
            }

            @Override
            public List<JournalChange> callArrived(CallArrived arrived) {
                return List.of(new Arrived(arrived));
            }

            @Override
            public List<JournalChange> callAbandoned(CallAbandoned abandoned) {
                return List.of(new Abandoned(abandoned));
            }

            @Override
            public List<JournalChange> callEnded(CallEnded ended) {
                return ended.agentId() == null ? List.of() : List.of(new Ended(ended));
            }
        });
    }
}
