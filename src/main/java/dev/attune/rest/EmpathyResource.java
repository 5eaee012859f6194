package dev.attune.rest;

import dev.attune.service.port.ChangeNote;
import dev.attune.service.port.ScoreSourceChange;
import dev.attune.service.EmpathyLearning;
import dev.attune.service.PoolEmpathy;
import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Empathy learned from outcomes, for workforce managers (role wfm): each agent's configured score,
 * learned score, interval and calls, and the per-pool choice of which scores route. Every switch is
 * audited (empathy-source history) and so is every score it writes (the agent's change history).
 */
@Path("/api/v1/empathy")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Empathy", description = "Empathy learned from outcomes and the scores each pool routes on")
public class EmpathyResource {
    @Inject
    Auditor auditor;
    @Inject
    EmpathyLearning learning;

    @GET
    @Path("/{pool}")
    @Operation(summary = "Each agent's configured, learned (with interval and calls) and routed empathy in a pool")
    public PoolEmpathy pool(@PathParam("pool") String pool) {
        return learning.pool(known(pool));
    }

    @PUT
    @Path("/{pool}/source")
    @CustomDeserialization(StrictJson.class)
    @Operation(summary = "Route a pool on CONFIGURED, LEARNED or BLENDED scores (the same again refits); the change history names the signed-in user")
    public PoolEmpathy choose(@PathParam("pool") String pool,
            @NotNull @Valid ScoreSourceRequest body) {
        ChangeNote note = auditor.note(body.reason());
        return learning.choose(known(pool), body.parsedSource(), note);
    }

    @GET
    @Path("/{pool}/history")
    @Operation(summary = "Every switch of a pool's empathy source: who, when, why, before, after")
    public List<ScoreSourceChange> history(@PathParam("pool") String pool) {
        return learning.history(known(pool));
    }

    private String known(String pool) {
        if (!learning.hasPool(pool)) {
            throw new UnknownPoolException(pool);
        }
        return pool;
    }
}
