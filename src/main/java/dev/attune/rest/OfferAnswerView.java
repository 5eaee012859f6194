package dev.attune.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.attune.core.domain.Offer;
import dev.attune.service.port.DecisionStatus;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What became of a reservation after the ACD's answer.
 *
 * @param offers offers the answer led to at once: after a rejection or a timeout the call may go to another
 *               agent, and the freed agent may get another call. Empty after an accept.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ReservationAnswerView") // the API keeps TaskRouter's names (docs/glossary.md)
public record OfferAnswerView(
        String decisionId,
        String pool,
        String callId,
        String agentId,
        DecisionStatus status,
        List<OfferView> offers) {

    static OfferAnswerView of(Offer answered, DecisionStatus status, List<Offer> offers) {
        return new OfferAnswerView(answered.decisionId(), answered.poolId(), answered.callId(),
                answered.agentId(), status, offers.stream().map(OfferView::of).toList());
    }
}
