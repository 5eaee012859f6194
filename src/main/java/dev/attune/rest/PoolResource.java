package dev.attune.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Routing pools and their live queues, read from the engine as they are now (ops). */
@Path("/api/v1/pools")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Routing", description = "Synchronous routing, reservations and queue health (ACDs and ops)")
public class PoolResource {
    @Inject
    LivePools pools;

    @GET
    @Operation(summary = "Every routing pool the engine knows, with agent and queue counts")
    public CompletionStage<List<PoolView>> list() {
        return pools.all().thenApply(all -> all.stream().map(PoolView::of).toList());
    }

    @GET
    @Path("/{pool}/queue-health")
    @Operation(summary = "One pool's live queue: waiting calls in serving order, agents by state, pending "
            + "reservations, routing mode; 404 for an unknown pool")
    public CompletionStage<QueueHealthView> queueHealth(@PathParam("pool") String pool) {
        return pools.status(pool).thenApply(QueueHealthView::of);
    }
}
