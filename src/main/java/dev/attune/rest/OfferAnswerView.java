package dev.attune.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.attune.core.domain.Offer;
import dev.attune.persistence.DecisionStatus;
import java.util.List;

/**
 * What became of a reservation after the ACD's answer.
 *
 * @param offers offers the answer led to at once: after a rejection or a timeout the call may go to another
 *               agent, and the freed agent may get another call. Empty after an accept.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReservationAnswerView(
        String decisionId,
        String pool,
        String callId,
        String agentId,
        DecisionStatus status,
        List<ReservationView> offers) {

    static ReservationAnswerView of(Offer answered, DecisionStatus status, List<Offer> offers) {
        return new ReservationAnswerView(answered.decisionId(), answered.poolId(), answered.callId(),
                answered.agentId(), status, offers.stream().map(ReservationView::of).toList());
    }
}
