package dev.attune.rest;

import dev.attune.learning.fairness.FairnessAudit;
import dev.attune.learning.fairness.FairnessRules;
import dev.attune.learning.fairness.SegmentReport;
import dev.attune.learning.fairness.SegmentedCall;
import dev.attune.service.FairnessConfig;
import dev.attune.service.port.SegmentedCallSource;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The fairness audit across customer segments, for compliance (roles compliance, admin): over a period of
 * the journal, per segment how calls were served and how each favourable rate compares with the best-served
 * segment; a segment below the band (the four-fifths rule by default) is flagged. JSON or CSV.
 */
@Path("/api/v1/fairness")
@Tag(name = "Fairness", description = "Service per customer segment and disparities against the best-served segment")
public class FairnessResource {
    @Inject
    SegmentedCallSource calls;
    @Inject
    FairnessConfig config;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The fairness audit of a period (default: the last attune.fairness.default-period)")
    public FairnessView audit(
            @QueryParam("from") @Parameter(description = "ISO-8601 instant; default to minus the default period") String from,
            @QueryParam("to") @Parameter(description = "ISO-8601 instant; default now") String to,
            @QueryParam("pool") @Parameter(description = "one pool; default all") @Size(max = Ids.MAX_QUERY_VALUE) String pool) {
        Period period = Period.read(from, to, config.defaultPeriod());
        String onePool = pool == null || pool.isBlank() ? null : pool;
        List<SegmentedCall> arrived = calls.arrivedBetween(period.from(), period.to(), onePool);
        FairnessRules rules = new FairnessRules(config.segmentAttributes(), config.band(), config.minimumCalls(),
                config.intervalLevel());
        List<SegmentReport> segments = new FairnessAudit(rules).audit(arrived);
        List<String> flagged = segments.stream().filter(SegmentReport::flagged)
                .map(s -> s.dimension() + "=" + s.segment()).toList();
        return new FairnessView(period.from(), period.to(), onePool, rules.band(), rules.minimumCalls(), rules.level(),
                arrived.stream().filter(SegmentedCall::settled).count(), flagged, segments);
    }

    @GET
    @Path("/export")
    @Produces("text/csv")
    @Operation(summary = "The same audit as CSV, one line per segment")
    public Response export(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("pool") @Size(max = Ids.MAX_QUERY_VALUE) String pool) {
        FairnessView view = audit(from, to, pool);
        return Response.ok(FairnessCsv.of(view)).header("Content-Disposition",
                "attachment; filename=\"fairness-" + view.from() + "-" + view.to() + ".csv\"").build();
    }
}
