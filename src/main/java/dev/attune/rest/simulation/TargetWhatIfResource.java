package dev.attune.rest.simulation;

import dev.attune.core.domain.RoutingWeights;
import dev.attune.rest.InvalidRequestException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Proposed weights judged as issue 13 judges Attune (docs/simulation.md): longest-idle, the weights in force and the
 * proposed ones on the calibrated replay of a month, with the hindsight ceiling and the targets' verdicts.
 */
@Path("/api/v1/what-if/targets")
@Produces(MediaType.APPLICATION_JSON)
public class TargetWhatIfResource {
    static final List<String> MONTHS = List.of("january", "february");

    private final TargetWhatIfJobs jobs;
    private final WeightsInForce weightsInForce;
    private final TargetWhatIfSettings settings;
    private final WhatIfSettings whatIf;

    @Inject
    public TargetWhatIfResource(TargetWhatIfJobs jobs, WeightsInForce weightsInForce, TargetWhatIfSettings settings,
            WhatIfSettings whatIf) {
        this.jobs = jobs;
        this.weightsInForce = weightsInForce;
        this.settings = settings;
        this.whatIf = whatIf;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a comparison of longest-idle, the weights in force and proposed weights on the "
            + "calibrated replay of a month, judged against the targets (issue 13)")
    public Response start(TargetWhatIfRequest request, @Context UriInfo uri) {
        TargetWhatIfRequest asked = request == null ? new TargetWhatIfRequest(null, null, null, null, null) : request;
        String month = asked.month() == null ? MONTHS.get(0) : asked.month();
        if (!MONTHS.contains(month)) {
            throw new InvalidRequestException("month", "must be january or february, was '"
                    + SimulationJobResponses.abbreviated(month) + "'");
        }
        int days = SimulationJobResponses.bounded("days", asked.days(), settings.days(), settings.maxDays());
        int replications = SimulationJobResponses.bounded("replications", asked.replications(),
                settings.replications(), settings.maxReplications());
        RoutingWeights current = weightsInForce.current();
        RoutingWeights proposed = asked.weights() == null || asked.weights().isEmpty() ? current
                : SimulationJobResponses.proposed(asked.weights(), current);
        long seed = asked.seed() == null ? whatIf.seed() : asked.seed();
        return SimulationJobResponses.accepted(jobs.submit(current, proposed, month, days, replications, seed),
                TargetWhatIfJob::view, uri,
                "too many what-ifs against longest-idle waiting; try again when one has finished");
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A what-if against longest-idle: status, progress and, when done, the comparison and verdicts")
    public Response job(@PathParam("id") String id) {
        return SimulationJobResponses.found(jobs.find(id), TargetWhatIfJob::view,
                "no what-if against longest-idle '" + id + "'");
    }
}
