package dev.attune.rest;

import dev.attune.learning.fairness.OutcomeRates;
import dev.attune.service.FairnessConfig;
import dev.attune.service.port.SegmentedCallSource;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Outcomes in the open: per pool and per product, of the calls that arrived in the last hours, resolution,
 * complaint and transfer rates and mean CSAT with intervals, from the journal (so every instance shows the same).
 * The ops dashboard's outcome tiles (roles ops, admin).
 */
@Path("/api/v1/dashboard/outcomes")
@Tag(name = "Dashboard")
public class OutcomeRatesResource {
    static final int MAX_HOURS = 24 * 31;

    @Inject
    SegmentedCallSource calls;
    @Inject
    FairnessConfig config;

    /** The period read and its rates, each pool's total first. */
    public record View(Instant from, Instant to, List<OutcomeRates> rates) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Resolution, complaint, transfer rates and CSAT per pool and product over the last hours")
    public View outcomes(@QueryParam("hours") @Parameter(description = "1 to 744; default 24") String hours,
            @QueryParam("pool") @Parameter(description = "one pool; default all") @Size(max = Ids.MAX_QUERY_VALUE) String pool) {
        int span = QueryNumber.read("hours", hours, 24, 1, MAX_HOURS);
        Instant to = Instant.now();
        Instant from = to.minus(Duration.ofHours(span));
        String onePool = pool == null || pool.isBlank() ? null : pool;
        return new View(from, to, OutcomeRates.of(calls.arrivedBetween(from, to, onePool), config.intervalLevel()));
    }
}
