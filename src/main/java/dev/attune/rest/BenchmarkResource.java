package dev.attune.rest;

import dev.attune.core.domain.ControlArm;
import dev.attune.learning.fairness.ArmComparison;
import dev.attune.service.FairnessConfig;
import dev.attune.service.port.ChangeNote;
import dev.attune.service.port.ControlArmChange;
import dev.attune.service.port.ControlArmSwitch;
import dev.attune.service.port.SegmentedCallSource;
import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The live on/off benchmark: the control arm (a share of calls routed by skills-based longest idle), its
 * audited switch (admin), and the per-arm report with the difference between arms (ops, compliance, admin).
 */
@Path("/api/v1/benchmark")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Benchmark", description = "Attune against a longest-idle control arm, live")
public class BenchmarkResource {
    @Inject
    Auditor auditor;
    @Inject
    ControlArmSwitch controlArm;
    @Inject
    Event<ControlArmChange> switches;
    @Inject
    SegmentedCallSource calls;
    @Inject
    FairnessConfig config;

    @GET
    @Operation(summary = "Per arm: ASA, abandonment, service level, empathy match, outcome rates, CSAT; Attune minus control")
    public BenchmarkView report(
            @QueryParam("from") @Parameter(description = "ISO-8601 instant; default to minus the default period") String from,
            @QueryParam("to") @Parameter(description = "ISO-8601 instant; default now") String to,
            @QueryParam("pool") @Parameter(description = "one pool; default all") @Size(max = Ids.MAX_QUERY_VALUE) String pool) {
        Period period = Period.read(from, to, config.defaultPeriod());
        String onePool = pool == null || pool.isBlank() ? null : pool;
        return new BenchmarkView(period.from(), period.to(), onePool, config.intervalLevel(), controlArm.current(),
                ArmComparison.of(calls.arrivedBetween(period.from(), period.to(), onePool), config.intervalLevel()));
    }

    @GET
    @Path("/control")
    @Operation(summary = "The control arm in force")
    public ControlArm control() {
        return controlArm.current();
    }

    @PUT
    @Path("/control")
    @CustomDeserialization(StrictJson.class)
    @Operation(summary = "Switch the control arm on or off, or change its share or mode; the history names the signed-in user")
    public ControlArmChange change(@NotNull @Valid ControlArmRequest body) {
        ChangeNote note = auditor.note(body.reason());
        ControlArm.Mode mode = body.mode() == null ? ControlArm.Mode.HASH : Arrays.stream(ControlArm.Mode.values())
                .filter(m -> m.name().equals(body.mode())).findFirst()
                .orElseThrow(() -> new InvalidRequestException("mode", "must be one of "
                        + Arrays.toString(ControlArm.Mode.values()) + ", was '" + body.mode() + "'"));
        Duration block = Duration.ofMinutes(body.blockMinutes() == null ? 30 : body.blockMinutes());
        ControlArmChange change = controlArm.change(
                InvalidRequestException.build(() -> new ControlArm(body.enabled(), body.share(), mode, block)), note);
        switches.fire(change);
        return change;
    }

    @GET
    @Path("/control/history")
    @Operation(summary = "Every switch of the control arm, newest first: who, when, why, before and after")
    public List<ControlArmChange> history(
            @QueryParam("limit") @Parameter(description = "1 to 1000, default 50") String limit) {
        return controlArm.history(QueryNumber.read("limit", limit, 50, 1, 1000));
    }
}
