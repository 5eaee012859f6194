package dev.attune.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.attune.core.domain.DecisionPath;
import dev.attune.core.domain.Offer;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An offer as the ACD acts on it: which agent to ring, until when the agent is reserved, what the agent
 * should hear first (the whisper), and why this agent (score, path, reasons). The full explanation with
 * every constraint's contribution is at /api/v1/decisions/{decisionId}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ReservationView") // the API keeps TaskRouter's names (docs/glossary.md)
public record OfferView(
        String decisionId,
        String pool,
        String callId,
        String agentId,
        Instant createdAt,
        Instant reservationDeadline,
        long score,
        DecisionPath path,
        DecisionView.Care careNeed,
        List<String> reasons,
        String whisper) {

    static OfferView of(Offer offer) {
        return new OfferView(offer.decisionId(), offer.poolId(), offer.callId(), offer.agentId(),
                offer.createdAt(), offer.reservationDeadline(), offer.score(), offer.path(),
                DecisionView.Care.of(offer.explanation().careNeed()), offer.explanation().reasons(),
                offer.explanation().whisper());
    }
}
