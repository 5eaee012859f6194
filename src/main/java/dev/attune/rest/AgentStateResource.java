package dev.attune.rest;

import dev.attune.core.engine.event.AgentStateChanged;
import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Agent states for ACDs that do not use Kafka (as TaskRouter's worker activity): applied through the
 * engine host exactly as an agent.state-changed record would be.
 */
@Path("/api/v1/pools/{pool}/workers/{agentId}/state")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Routing", description = "Synchronous routing, reservations and queue health (ACDs and ops)")
public class AgentStateResource {
    @Inject
    LivePools pools;

    @PUT
    @CustomDeserialization(StrictJson.class)
    @Operation(summary = "An agent's new state (AVAILABLE, BUSY, WRAP_UP, AWAY, LOGGED_OUT); answers with the "
            + "reservations it led to at once")
    public CompletionStage<AgentStateView> change(@PathParam("pool") String pool, @PathParam("agentId") String agentId,
            @NotNull @Valid AgentStateRequest body) {
        Instant now = Instant.now();
        Instant at = body.at() == null || body.at().isAfter(now) ? now : body.at();
        AgentStateChanged event = new AgentStateChanged(pool, agentId, body.state(), body.expectedFreeAt(), at);
        return pools.ownsOnceSettled(pool).thenCompose(owned -> owned ? applied(pool, agentId, body, event)
                // The owner applies it from the input topic; the offers it leads to reach the ACD on routing.decisions.
                : pools.requireKnown(pool).thenCompose(known -> pools.forward(event))
                        .thenApply(written -> new AgentStateView(pool, agentId, body.state(), List.of())));
    }

    private CompletionStage<AgentStateView> applied(String pool, String agentId, AgentStateRequest body,
            AgentStateChanged event) {
        return pools.requireKnown(pool)
                .thenCompose(known -> pools.apply(event, "rest:" + pool + ":" + agentId + ":" + body.state()))
                .thenApply(outcome -> {
                    if (outcome.status() == dev.attune.service.Outcome.Status.REJECTED
                            && outcome.detail().contains("no profile")) {
                        throw new NotFoundInPoolException("no agent '" + agentId + "' in pool '" + pool + "'");
                    }
                    return Outcomes.require(outcome);
                })
                .thenApply(outcome -> new AgentStateView(pool, agentId, body.state(),
                        Outcomes.offers(outcome).stream().map(OfferView::of).toList()));
    }
}
