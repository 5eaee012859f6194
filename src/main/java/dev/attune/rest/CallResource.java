package dev.attune.rest;

import dev.attune.core.domain.Call;
import dev.attune.core.domain.Offer;
import dev.attune.core.engine.AgentRecommendation;
import dev.attune.core.engine.event.CallAbandoned;
import dev.attune.core.engine.event.CallArrived;
import dev.attune.service.port.DecisionRecords;
import dev.attune.service.port.DecisionRecord;
import dev.attune.service.port.DecisionStatus;
import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Calls ("tasks", as in TaskRouter) routed synchronously for an ACD: the call arrives exactly as a Kafka
 * call.arrived would, and the answer is the reservation if an agent is offered it within the deadline,
 * else "queued" with the call's place. Idempotent by call id: asking again answers where the call stands.
 */
@Path("/api/v1/pools/{pool}/tasks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Routing", description = "Synchronous routing, reservations and queue health (ACDs and ops)")
public class CallResource {
    @Inject
    LivePools pools;
    @Inject
    AwaitedOffers offers;
    @Inject
    DecisionRecords decisions;
    @Inject
    RoutingApiSettings settings;

    /** Candidates listed at most; a screen shows a handful. */
    static final int MAX_CANDIDATES = 100;

    public record Candidates(String pool, String callId, List<AgentRecommendation> candidates) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @CustomDeserialization(StrictJson.class)
    @Operation(summary = "A call arrives: 201 with the reservation if an agent is offered it within the deadline, "
            + "else 202 queued with its position; 200 if an agent already accepted it")
    public CompletionStage<Response> route(
            @PathParam("pool") @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String pool,
            @NotNull @Valid CallRequest body, @Context UriInfo uri) {
        long deadline = System.nanoTime() + deadline(body).toNanos();
        CallArrived arrival = body.toArrival(pool, Instant.now());
        Call call = arrival.call();
        URI base = uri.getBaseUri();
        return pools.ownsOnceSettled(pool).thenCompose(owned -> owned ? routeHere(pool, arrival, deadline, base)
                // Another instance owns the pool: it consumes the call from the input topic, and its offer reaches
                // the ACD on routing.decisions. This copy of the pool cannot say where the call stands.
                : pools.requireKnown(pool).thenCompose(known -> pools.forward(arrival))
                        .thenApply(written -> response(CallView.forwarded(pool, call.id()), base)));
    }

    private CompletionStage<Response> routeHere(String pool, CallArrived arrival, long deadline, URI base) {
        Call call = arrival.call();
        // Registered before the call reaches the engine, so an offer made right after is not missed.
        CompletableFuture<Offer> awaited = offers.await(pool, call.id());
        CompletionStage<CallView> answer = pools.requireKnown(pool)
                .thenCompose(known -> pools.apply(arrival, "rest:" + pool + ":" + call.id()))
                .thenApply(Outcomes::require)
                .thenCompose(outcome -> {
                    Optional<Offer> offered = Outcomes.offerFor(outcome, call.id());
                    if (offered.isPresent()) {
                        return CompletableFuture.completedFuture(CallView.reserved(offered.get()));
                    }
                    // Not offered at once (or asked again): where is it now, and if waiting, wait for an offer.
                    return pools.status(pool).thenCompose(status -> {
                        CallView now = CallView.of(status, call.id());
                        if (now == null || now.status() != CallView.Status.QUEUED) {
                            return orElseLookUp(now, pool, call.id(), true);
                        }
                        // At the deadline the answer is "queued" with the place the call took: asking the engine
                        // again would take the answer past the deadline. A later offer reaches the ACD on
                        // routing.decisions, in a state change's answer, or when it asks for the task.
                        return awaited.thenApply(CallView::reserved)
                                .completeOnTimeout(now, Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                    });
                });
        return answer.whenComplete((view, failure) -> offers.forget(pool, call.id(), awaited))
                .thenApply(view -> response(view, base));
    }

    @GET
    @Path("/{callId}")
    @Operation(summary = "Where a call stands: reserved (with the reservation), queued (with its position) or assigned")
    public CompletionStage<CallView> get(@PathParam("pool") String pool, @PathParam("callId") String callId) {
        return pools.status(pool).thenCompose(status -> orElseLookUp(CallView.of(status, callId), pool, callId, false));
    }

    @GET
    @Path("/{callId}/candidates")
    @Operation(summary = "Who else could take a waiting or offered call, best first, with each agent's score and "
            + "per-constraint contributions at the weights in force")
    public CompletionStage<Candidates> candidates(@PathParam("pool") String pool, @PathParam("callId") String callId,
            @QueryParam("limit") @Parameter(description = "1 to 100, default 10") String limit) {
        int count = QueryNumber.read("limit", limit, 10, 1, MAX_CANDIDATES);
        return pools.candidates(pool, callId, count).thenApply(list -> new Candidates(pool, callId, list));
    }

    @POST
    @Path("/{callId}/abandon")
    @Operation(summary = "The caller hung up while waiting or being offered: the call leaves the queue and a "
            + "pending reservation is rescinded")
    public CompletionStage<CallView> abandon(@PathParam("pool") String pool, @PathParam("callId") String callId) {
        return pools.ownsOnceSettled(pool).thenCompose(owned -> owned ? abandonHere(pool, callId)
                : pools.requireKnown(pool).thenCompose(known -> pools.forward(new CallAbandoned(pool, callId,
                        Instant.now()))).thenApply(written -> CallView.abandoned(pool, callId)));
    }

    private CompletionStage<CallView> abandonHere(String pool, String callId) {
        return pools.status(pool).thenCompose(status -> {
            CallView before = CallView.of(status, callId);
            if (before == null) {
                throw new NotFoundInPoolException("no call '" + callId + "' waiting or offered in pool '" + pool + "'");
            }
            return pools.apply(new CallAbandoned(pool, callId, Instant.now()), "rest:" + pool + ":" + callId + ":abandoned")
                    .thenApply(Outcomes::require)
                    .thenApply(outcome -> CallView.abandoned(pool, callId));
        });
    }

    /** The call as the engine shows it, or, when it is no longer in queue, as the decision journal knows it. */
    private CompletionStage<CallView> orElseLookUp(CallView live, String pool, String callId, boolean arriving) {
        if (live != null) {
            return CompletableFuture.completedFuture(live);
        }
        return CompletableFuture.supplyAsync(() -> accepted(pool, callId), Infrastructure.getDefaultWorkerPool())
                .thenApply(accepted -> accepted.map(CallView::assigned).orElseThrow(() -> arriving
                        ? new ConflictException("call '" + callId + "' already left the queue of pool '" + pool
                                + "' (it was abandoned or has ended): a new call needs a new call id")
                        : new NotFoundInPoolException("no call '" + callId + "' in pool '" + pool + "'")));
    }

    /** Blocking (JDBC). */
    private Optional<Offer> accepted(String pool, String callId) {
        List<DecisionRecord> forCall = decisions.forCall(callId);
        for (int i = forCall.size() - 1; i >= 0; i--) {
            DecisionRecord decision = forCall.get(i);
            if (decision.offer().poolId().equals(pool) && decision.status() == DecisionStatus.ACCEPTED) {
                return Optional.of(decision.offer());
            }
        }
        return Optional.empty();
    }

    private Duration deadline(CallRequest body) {
        Duration configured = settings.taskDeadline();
        if (body.deadlineMillis() == null) {
            return configured;
        }
        Duration asked = Duration.ofMillis(body.deadlineMillis());
        return asked.compareTo(configured) < 0 ? asked : configured;
    }

    private static Response response(CallView view, URI base) {
        return switch (view.status()) {
            case RESERVED -> Response.created(UriBuilder.fromUri(base).path("api/v1/decisions/{id}")
                    .build(view.reservation().decisionId())).entity(view).build();
            case QUEUED -> Response.accepted(view).location(UriBuilder.fromUri(base)
                    .path("api/v1/pools/{pool}/tasks/{callId}").build(view.pool(), view.callId())).build();
            case ASSIGNED, ABANDONED -> Response.ok(view).build();
        };
    }
}
