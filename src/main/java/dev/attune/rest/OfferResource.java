package dev.attune.rest;

import dev.attune.core.domain.Offer;
import dev.attune.core.engine.PoolStatus;
import dev.attune.core.engine.event.OfferAccepted;
import dev.attune.core.engine.event.OfferRejected;
import dev.attune.core.engine.event.OfferTimedOut;
import dev.attune.core.engine.event.RoutingEvent;
import dev.attune.service.port.DecisionRecords;
import dev.attune.service.port.DecisionRecord;
import dev.attune.service.port.DecisionStatus;
import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The offer lifecycle over REST, for ACDs that do not use Kafka: an answer is applied through the engine
 * host exactly as an offer.accepted / offer.rejected / offer.timed-out record would be. A repeated answer
 * is harmless and answered as before; an answer to a reservation that ended otherwise is a conflict.
 */
@Path("/api/v1/pools/{pool}/reservations/{decisionId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Routing", description = "Synchronous routing, reservations and queue health (ACDs and ops)")
public class OfferResource {
    private static final Duration JOURNAL_WAIT = Duration.ofSeconds(2);
    @Inject
    LivePools pools;
    @Inject
    DecisionRecords decisions;

    @POST
    @Path("/accept")
    @CustomDeserialization(StrictJson.class)
    @Operation(summary = "The agent took the call")
    public CompletionStage<OfferAnswerView> accept(@PathParam("pool") String pool,
            @PathParam("decisionId") String decisionId, @NotNull @Valid OfferAnswer body) {
        return answer(pool, decisionId, body, DecisionStatus.ACCEPTED);
    }

    @POST
    @Path("/reject")
    @CustomDeserialization(StrictJson.class)
    @Operation(summary = "The agent declined: the call goes back to its place in queue and is never offered to "
            + "this agent again")
    public CompletionStage<OfferAnswerView> reject(@PathParam("pool") String pool,
            @PathParam("decisionId") String decisionId, @NotNull @Valid OfferAnswer body) {
        return answer(pool, decisionId, body, DecisionStatus.REJECTED);
    }

    @POST
    @Path("/timeout")
    @CustomDeserialization(StrictJson.class)
    @Operation(summary = "The agent did not answer (RONA): like a rejection, and the agent is set away per policy")
    public CompletionStage<OfferAnswerView> timeout(@PathParam("pool") String pool,
            @PathParam("decisionId") String decisionId, @NotNull @Valid OfferAnswer body) {
        return answer(pool, decisionId, body, DecisionStatus.TIMED_OUT);
    }

    private CompletionStage<OfferAnswerView> answer(String pool, String decisionId, OfferAnswer body,
            DecisionStatus answer) {
        return pools.ownsOnceSettled(pool).thenCompose(owned -> owned ? answerHere(pool, decisionId, body, answer)
                : forward(pool, decisionId, body, answer));
    }

    /** Another instance owns the pool: the answer goes to it on the input topic, and settles its offer there. */
    private CompletionStage<OfferAnswerView> forward(String pool, String decisionId, OfferAnswer body,
            DecisionStatus answer) {
        return CompletableFuture.supplyAsync(() -> journalled(pool, decisionId, body),
                Infrastructure.getDefaultWorkerPool()).thenCompose(decision -> decision.status() == DecisionStatus.PENDING
                        ? pools.forward(event(decision.offer(), answer, body.reason()))
                                .thenApply(written -> OfferAnswerView.of(decision.offer(), answer, List.of()))
                        : CompletableFuture.completedFuture(answeredBefore(decision, answer)));
    }

    private CompletionStage<OfferAnswerView> answerHere(String pool, String decisionId, OfferAnswer body,
            DecisionStatus answer) {
        return pools.status(pool).thenCompose(status -> {
            Optional<Offer> pending = pending(status, decisionId);
            if (pending.isEmpty()) {
                return CompletableFuture.supplyAsync(() -> alreadyAnswered(pool, decisionId, body, answer),
                        Infrastructure.getDefaultWorkerPool());
            }
            Offer offer = pending.get();
            requireAgent(offer, body);
            return pools.apply(event(offer, answer, body.reason()), "rest:" + decisionId + ":" + answer)
                    .thenApply(Outcomes::require)
                    .thenCompose(outcome -> answer != DecisionStatus.ACCEPTED
                            ? CompletableFuture.completedFuture(
                                    OfferAnswerView.of(offer, answer, Outcomes.offers(outcome)))
                            : confirmAccepted(offer));
        });
    }

    /**
     * The reservation could have run past its deadline between the look-up and the accept (one engine tick):
     * then the engine ignored the accept and the call is queued or offered again, and the ACD must not
     * connect it to this agent.
     */
    private CompletionStage<OfferAnswerView> confirmAccepted(Offer offer) {
        return pools.status(offer.poolId()).thenApply(after -> {
            CallView call = CallView.of(after, offer.callId());
            if (call != null) {
                throw new ConflictException("reservation " + offer.decisionId() + " ended (no answer by its deadline "
                        + offer.reservationDeadline() + ") before the accept arrived; the call is "
                        + call.status().name().toLowerCase(java.util.Locale.ROOT) + " again");
            }
            return OfferAnswerView.of(offer, DecisionStatus.ACCEPTED, List.of());
        });
    }

    /** Blocking (JDBC): a reservation no longer pending is either answered the same way before, or a conflict. */
    private OfferAnswerView alreadyAnswered(String pool, String decisionId, OfferAnswer body,
            DecisionStatus answer) {
        // Answered a moment ago, the answer (or the offer itself) may still be on its way to the journal, which
        // trails routing by up to attune.journal.linger: wait for it, then look.
        pools.awaitJournal(JOURNAL_WAIT);
        return answeredBefore(journalled(pool, decisionId, body), answer);
    }

    /**
     * Blocking (JDBC): the reservation as the journal has it, for this agent. The instance that does not own the
     * pool knows reservations only from there: the owner journals each within attune.journal.linger of making it.
     */
    private DecisionRecord journalled(String pool, String decisionId, OfferAnswer body) {
        DecisionRecord decision = decisions.find(decisionId)
                .filter(d -> d.offer().poolId().equals(pool))
                .orElseThrow(() -> new NotFoundInPoolException("no reservation '" + decisionId + "' in pool '"
                        + pool + "'"));
        requireAgent(decision.offer(), body);
        return decision;
    }

    /** A reservation no longer pending: answered the same way before, or a conflict. */
    private static OfferAnswerView answeredBefore(DecisionRecord decision, DecisionStatus answer) {
        String decisionId = decision.offer().decisionId();
        if (decision.status() == answer) {
            return OfferAnswerView.of(decision.offer(), answer, List.of());
        }
        String why = decision.statusReason() == null ? "" : " (" + decision.statusReason() + ")";
        throw new ConflictException("reservation " + decisionId + " is no longer pending: it is "
                + decision.status() + why);
    }

    private static void requireAgent(Offer offer, OfferAnswer body) {
        if (!offer.agentId().equals(body.agentId())) {
            throw new ConflictException("reservation " + offer.decisionId() + " is for agent '" + offer.agentId()
                    + "', not '" + body.agentId() + "'");
        }
    }

    private static Optional<Offer> pending(PoolStatus status, String decisionId) {
        return status.pendingOffers().stream().filter(o -> o.decisionId().equals(decisionId)).findFirst();
    }

    private static RoutingEvent event(Offer offer, DecisionStatus answer, String reason) {
        Instant now = Instant.now();
        return switch (answer) {
            case ACCEPTED -> new OfferAccepted(offer.poolId(), offer.decisionId(), offer.callId(), offer.agentId(), now);
            case REJECTED -> new OfferRejected(offer.poolId(), offer.decisionId(), offer.callId(), offer.agentId(),
                    reason, now);
            case TIMED_OUT -> new OfferTimedOut(offer.poolId(), offer.decisionId(), offer.callId(), offer.agentId(), now);
            default -> throw new IllegalArgumentException("not an answer: " + answer);
        };
    }
}
