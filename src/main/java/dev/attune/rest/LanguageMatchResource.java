package dev.attune.rest;

import dev.attune.service.port.LanguageMatchChange;
import dev.attune.service.port.LanguageMatchSettings;
import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A pool's language rule (docs/events.md, Languages): whether a caller's region must match exactly, its audited
 * switch and history. A switch reaches the running engine of every instance without a restart.
 */
@Path("/api/v1/language-match/{pool}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Languages", description = "Whether a pool asks for the caller's exact region")
public class LanguageMatchResource {
    @Inject
    Auditor auditor;
    @Inject
    LanguageMatchSettings settings;
    @Inject
    Event<LanguageMatchChange> switches;

    /** A pool's rule in force. */
    public record LanguageMatchView(String pool, boolean exactRegion) {
    }

    @GET
    @Operation(summary = "Whether the pool asks for the caller's exact region (false until first switched)")
    public LanguageMatchView get(@PathParam("pool") @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String pool) {
        return new LanguageMatchView(pool, settings.exactRegionPools().contains(pool));
    }

    @PUT
    @CustomDeserialization(StrictJson.class)
    @Operation(summary = "Ask for the caller's exact region in a pool, or stop asking; the history names the signed-in user")
    public LanguageMatchChange change(@PathParam("pool") @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String pool,
            @NotNull @Valid LanguageMatchRequest body) {
        LanguageMatchChange change = settings.change(pool, body.exactRegion(), auditor.note(body.reason()));
        switches.fire(change);
        return change;
    }

    @GET
    @Path("/history")
    @Operation(summary = "Every switch of the pool's language rule, newest first: who, when, why, before and after")
    public List<LanguageMatchChange> history(
            @PathParam("pool") @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String pool,
            @QueryParam("limit") @Parameter(description = "1 to 1000, default 50") String limit) {
        return settings.history(pool, QueryNumber.read("limit", limit, 50, 1, 1000));
    }
}
