package dev.attune.core.engine;

import dev.attune.core.domain.Offer;
import java.time.Instant;

/** What the engine tells the outside world to do. Adapters publish these; the engine never calls them. */
public sealed interface RoutingDirective permits RoutingDirective.OfferCreated, RoutingDirective.OfferRescinded,
        RoutingDirective.AgentSetAway, RoutingDirective.CallUnroutable {

    /** The offer the directive is about; null for a call refused before any offer ({@link CallUnroutable}). */
    Offer offer();

    default String poolId() {
        return offer().poolId();
    }

    default String callId() {
        return offer().callId();
    }

    /** The agent concerned; null when none is. */
    default String agentId() {
        return offer().agentId();
    }

    /**
     * What identifies this directive wherever it goes: the id of the event it is published as, and of its journal
     * entry. Derived from its offer's decision id, so the same directive always has the same id.
     */
    String eventId();

    /** Reserve this agent for this call until the deadline. */
    record OfferCreated(Offer offer) implements RoutingDirective {
        @Override
        public String eventId() {
            return offer.decisionId();
        }
    }

    /** Withdraw an offer (the caller hung up, or the reservation ran past its deadline with no answer). */
    record OfferRescinded(Offer offer, String reason) implements RoutingDirective {
        @Override
        public String eventId() {
            return offer.decisionId() + "/rescinded";
        }
    }

    /**
     * Attune set the agent AWAY because this offer went unanswered (policy {@code ronaSetsAgentAway}): the ACD
     * should stop presenting the agent as ready until the agent says otherwise.
     */
    record AgentSetAway(Offer offer, String reason, Instant at) implements RoutingDirective {
        @Override
        public String eventId() {
            return offer.decisionId() + "/set-away";
        }
    }

    /**
     * The call is refused: no agent of its pool could ever take it, whatever their state. It left the queue;
     * the ACD routes it elsewhere.
     *
     * @param reason a {@link Unroutability} code
     * @param rule   the hard rule no agent met, in words
     */
    record CallUnroutable(String poolId, String callId, Unroutability reason, String rule, Instant at)
            implements RoutingDirective {
        @Override
        public Offer offer() {
            return null;
        }

        @Override
        public String agentId() {
            return null;
        }

        @Override
        public String eventId() {
            return poolId + "/" + callId + "/unroutable";
        }
    }
}
