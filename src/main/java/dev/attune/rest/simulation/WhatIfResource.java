package dev.attune.rest.simulation;

import dev.attune.core.domain.RoutingWeights;
import dev.attune.rest.InvalidRequestException;
import dev.attune.simulation.whatif.JournalTraffic;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * What-if simulations for workforce managers: propose weights, get a job id at once, poll the job until
 * it holds the comparison of current against proposed weights on the same simulated day.
 */
@Path("/api/v1/what-if")
@Produces(MediaType.APPLICATION_JSON)
public class WhatIfResource {
    private final WhatIfJobs jobs;
    private final WeightsInForce weightsInForce;
    private final WhatIfSettings settings;
    private final JournalReplays journal;

    @Inject
    public WhatIfResource(WhatIfJobs jobs, WeightsInForce weightsInForce, WhatIfSettings settings,
            JournalReplays journal) {
        this.jobs = jobs;
        this.weightsInForce = weightsInForce;
        this.settings = settings;
        this.journal = journal;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a what-if simulation of proposed weights against the current ones, on the configured "
            + "day or on the calls journalled in a period (source journal, from, to, pool)")
    public Response start(WhatIfRequest request, @Context UriInfo uri) {
        // Refusals carry the API's error body, naming the field (docs/api.md, Errors).
        if (request == null) {
            throw new InvalidRequestException("body", "is missing: send {\"weights\": {\"Empathy for distress\": 3}}");
        }
        int replications = request.replications() == null ? settings.replications() : request.replications();
        if (replications < 1 || replications > settings.maxReplications()) {
            throw new InvalidRequestException("replications",
                    "must be 1-" + settings.maxReplications() + ", was " + replications);
        }
        RoutingWeights current = weightsInForce.current();
        RoutingWeights proposed;
        try {
            proposed = ProposedWeights.apply(request.weights(), current);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("weights", e.getMessage().replaceFirst("^weights: ", ""));
        }
        long seed = request.seed() == null ? settings.seed() : request.seed();
        JournalTraffic traffic = switch (request.source() == null ? "day" : request.source()) {
            case "day" -> null;
            case "journal" -> journal.traffic(request);
            default -> throw new InvalidRequestException("source", "must be day or journal, was '"
                    + abbreviated(request.source()) + "'");
        };
        return jobs.submit(current, proposed, seed, replications, traffic)
                .map(job -> Response.accepted(job.view())
                        .location(uri.getAbsolutePathBuilder().path(job.id()).build())
                        .build())
                .orElseGet(() -> problem(Response.Status.TOO_MANY_REQUESTS,
                        "too many what-if simulations waiting; try again when one has finished"));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A what-if job: status, progress and, when done, the comparison")
    public Response job(@PathParam("id") String id) {
        return jobs.find(id)
                .map(job -> Response.ok(job.view()).build())
                .orElseGet(() -> problem(Response.Status.NOT_FOUND, "no what-if job '" + id + "'"));
    }

    @GET
    @Operation(summary = "Recent what-if jobs, newest first")
    public List<WhatIfJob.View> recent() {
        return jobs.recent().stream().map(WhatIfJob::view).toList();
    }

    private static String abbreviated(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "...";
    }

    static Response problem(Response.Status status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(Map.of("message", message)).build();
    }
}
