package dev.attune.rest;

import dev.attune.learning.LearnedProficiency;
import dev.attune.service.PoolProficiency;
import dev.attune.service.ProficiencyLearning;
import dev.attune.service.port.ChangeNote;
import dev.attune.service.port.ScoreSourceChange;
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
 * Proficiency learned from outcomes per agent and product skill, for workforce managers (role wfm): configured,
 * learned (interval, calls) and routed levels, and the per-pool choice of which levels route. Every switch is
 * audited (proficiency-source history) and so is every level it writes (the agent's change history).
 */
@Path("/api/v1/proficiency")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Proficiency", description = "Proficiency learned from outcomes and the levels each pool routes on")
public class ProficiencyResource {
    @Inject
    Auditor auditor;
    @Inject
    ProficiencyLearning learning;

    @GET
    @Path("/{pool}")
    @Operation(summary = "Each agent's configured, learned (with interval and calls) and routed level per product skill in a pool")
    public PoolProficiency pool(@PathParam("pool") String pool) {
        return learning.pool(known(pool));
    }

    @PUT
    @Path("/{pool}/source")
    @CustomDeserialization(StrictJson.class)
    @Operation(summary = "Route a pool on CONFIGURED, LEARNED or BLENDED levels (the same again refits); the change history names the signed-in user")
    public PoolProficiency choose(@PathParam("pool") String pool, @NotNull @Valid ScoreSourceRequest body) {
        ChangeNote note = auditor.note(body.reason());
        return learning.choose(known(pool), body.parsedSource(), note);
    }

    @GET
    @Path("/{pool}/routed")
    @Operation(summary = "The learned levels the pool's newest switch routed on, with interval and calls, as stored")
    public List<LearnedProficiency> routedOn(@PathParam("pool") String pool) {
        return learning.routedOn(known(pool));
    }

    @GET
    @Path("/{pool}/history")
    @Operation(summary = "Every switch of a pool's proficiency source: who, when, why, before, after")
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
