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
        int replications = SimulationJobResponses.bounded("replications", request.replications(),
                settings.replications(), settings.maxReplications());
        RoutingWeights current = weightsInForce.current();
        RoutingWeights proposed = SimulationJobResponses.proposed(request.weights(), current);
        long seed = request.seed() == null ? settings.seed() : request.seed();
        JournalTraffic traffic = switch (request.source() == null ? "day" : request.source()) {
            case "day" -> null;
            case "journal" -> journal.traffic(request);
            default -> throw new InvalidRequestException("source", "must be day or journal, was '"
                    + SimulationJobResponses.abbreviated(request.source()) + "'");
        };
        return SimulationJobResponses.accepted(jobs.submit(current, proposed, seed, replications, traffic),
                WhatIfJob::view, uri, "too many what-if simulations waiting; try again when one has finished");
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A what-if job: status, progress and, when done, the comparison")
    public Response job(@PathParam("id") String id) {
        return SimulationJobResponses.found(jobs.find(id), WhatIfJob::view, "no what-if job '" + id + "'");
    }

    @GET
    @Operation(summary = "Recent what-if jobs, newest first")
    public List<WhatIfJob.View> recent() {
        return jobs.recent().stream().map(WhatIfJob::view).toList();
    }
}
