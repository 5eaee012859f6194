package dev.attune.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.attune.core.domain.Offer;
import dev.attune.core.engine.PoolStatus;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where a call stands, as the answer to a synchronous routing request or a later poll.
 *
 * @param queuePosition  1 for the call that is offered next: waiting calls are ordered by urgency
 *                       (priority, care need, wait against the product's service level), not by arrival
 * @param heldForAgentId the better agent, about to be free, the call is held for; null when not held
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "TaskView") // the API keeps TaskRouter's names (docs/glossary.md)
public record CallView(
        String pool,
        String callId,
        Status status,
        OfferView reservation,
        Integer queuePosition,
        Integer waitingCalls,
        Double waitedSeconds,
        String heldForAgentId) {

    public enum Status {
        /** An agent is reserved for the call: ring them. */
        RESERVED,
        /** No agent can take it yet; it will be offered as soon as one can. */
        QUEUED,
        /** An agent accepted it: the call is no longer in queue. */
        ASSIGNED,
        /** The caller hung up before being answered. */
        ABANDONED
    }

    static CallView reserved(Offer offer) {
        return new CallView(offer.poolId(), offer.callId(), Status.RESERVED, OfferView.of(offer), null, null,
                null, null);
    }

    static CallView assigned(Offer accepted) {
        return new CallView(accepted.poolId(), accepted.callId(), Status.ASSIGNED, OfferView.of(accepted), null,
                null, null, null);
    }

    /** Handed to the instance that owns the pool: queued there, at a place only that instance knows. */
    static CallView forwarded(String pool, String callId) {
        return new CallView(pool, callId, Status.QUEUED, null, null, null, null, null);
    }

    static CallView abandoned(String pool, String callId) {
        return new CallView(pool, callId, Status.ABANDONED, null, null, null, null, null);
    }

    /** The call as the pool's status shows it: reserved, waiting, or neither (null: answered or gone). */
    static CallView of(PoolStatus status, String callId) {
        for (Offer offer : status.pendingOffers()) {
            if (offer.callId().equals(callId)) {
                return reserved(offer);
            }
        }
        List<PoolStatus.WaitingCall> waiting = status.waitingCalls();
        for (int i = 0; i < waiting.size(); i++) {
            PoolStatus.WaitingCall call = waiting.get(i);
            if (call.callId().equals(callId)) {
                return new CallView(status.poolId(), callId, Status.QUEUED, null, i + 1, waiting.size(),
                        Seconds.of(call.waited()), call.heldForAgentId());
            }
        }
        return null;
    }
}
