package dev.attune.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.attune.core.domain.Offer;
import dev.attune.core.engine.PoolStatus;
import java.util.List;

/**
 * Where a call stands, as the answer to a synchronous routing request or a later poll.
 *
 * @param queuePosition  1 for the call that is offered next: waiting calls are ordered by urgency
 *                       (priority, care need, wait against the product's service level), not by arrival
 * @param heldForAgentId the better agent, about to be free, the call is held for; null when not held
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TaskView(
        String pool,
        String callId,
        Status status,
        ReservationView reservation,
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

    static TaskView reserved(Offer offer) {
        return new TaskView(offer.poolId(), offer.callId(), Status.RESERVED, ReservationView.of(offer), null, null,
                null, null);
    }

    static TaskView assigned(Offer accepted) {
        return new TaskView(accepted.poolId(), accepted.callId(), Status.ASSIGNED, ReservationView.of(accepted), null,
                null, null, null);
    }

    static TaskView abandoned(String pool, String callId) {
        return new TaskView(pool, callId, Status.ABANDONED, null, null, null, null, null);
    }

    /** The call as the pool's status shows it: reserved, waiting, or neither (null: answered or gone). */
    static TaskView of(PoolStatus status, String callId) {
        for (Offer offer : status.pendingOffers()) {
            if (offer.callId().equals(callId)) {
                return reserved(offer);
            }
        }
        List<PoolStatus.WaitingCall> waiting = status.waitingCalls();
        for (int i = 0; i < waiting.size(); i++) {
            PoolStatus.WaitingCall call = waiting.get(i);
            if (call.callId().equals(callId)) {
                return new TaskView(status.poolId(), callId, Status.QUEUED, null, i + 1, waiting.size(),
                        Seconds.of(call.waited()), call.heldForAgentId());
            }
        }
        return null;
    }
}
