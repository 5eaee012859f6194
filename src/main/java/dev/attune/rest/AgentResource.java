package dev.attune.rest;

import dev.attune.core.domain.AgentProfile;
import dev.attune.core.domain.AgentState;
import dev.attune.service.port.AgentChange;
import dev.attune.service.port.RosterEntry;
import dev.attune.service.port.ChangeNote;
import dev.attune.service.port.Roster;
import dev.attune.service.port.UnknownAgentException;
import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Agents ("workers", as in TaskRouter) for workforce managers: skills with proficiency, languages,
 * licences, empathy and capacity; deactivation (off routing, kept on the roster) and deletion. Every change
 * is validated, audited (who, when, why, before, after) and handed to the routing engine, so it applies to
 * calls already waiting.
 */
@Path("/api/v1/workers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Workers", description = "Agents' skills, languages, licences and empathy (workforce managers)")
public class AgentResource {
    @Inject
    Auditor auditor;
    @Inject
    Roster roster;
    @Inject
    RosterEvents events;
    @Inject
    LiveStates liveStates;

    @GET
    @Operation(summary = "List agents (active and deactivated), optionally of one pool, with a skill, a language or "
            + "a licence; each with its live state when the engine routes it")
    public List<AgentView> list(@QueryParam("pool") @Size(max = Ids.MAX_QUERY_VALUE) String pool,
            @QueryParam("skill") @Size(max = Ids.MAX_QUERY_VALUE) String skill,
            @QueryParam("language") @Size(max = Ids.MAX_QUERY_VALUE) String language,
            @QueryParam("licence") @Size(max = Ids.MAX_QUERY_VALUE) String licence) {
        List<RosterEntry> agents = roster.entries(pool).stream()
                .filter(e -> skill == null || e.profile().skills().containsKey(skill))
                .filter(e -> language == null || e.profile().speaks(language))
                .filter(e -> licence == null || e.profile().licences().contains(licence))
                .toList();
        Map<String, AgentState> states = liveStates.of(agents.stream().map(e -> e.profile().poolId())
                .collect(Collectors.toCollection(TreeSet::new)));
        return agents.stream().map(e -> AgentView.of(e, states.get(e.id()))).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One agent, with its live state when the engine routes it")
    public AgentView get(@PathParam("id") String id) {
        RosterEntry entry = roster.entry(id).orElseThrow(() -> new UnknownAgentException(id));
        return AgentView.of(entry, liveStates.of(List.of(entry.profile().poolId())).get(id));
    }

    @POST
    @CustomDeserialization(StrictJson.class)
    @Operation(summary = "Add an agent (409 if the id exists); the change history names the signed-in user")
    public Response create(@NotNull @Valid AgentRequest body,
            @Context UriInfo uri) {
        if (body.id() == null) {
            throw new InvalidRequestException("id is required when adding an agent");
        }
        ChangeNote note = auditor.note(body.reason());
        AgentProfile profile = roster.create(body.toProfile(body.id()), note);
        events.changed(profile, note);
        return Response.created(uri.getAbsolutePathBuilder().path(profile.id()).build())
                .entity(AgentView.of(profile)).build();
    }

    @PUT
    @Path("/{id}")
    @CustomDeserialization(StrictJson.class)
    @Operation(summary = "Replace an agent's profile (404 if unknown); the change history names the signed-in user")
    public AgentView update(@PathParam("id") @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
            @NotNull @Valid AgentRequest body) {
        if (body.id() != null && !body.id().equals(id)) {
            throw new InvalidRequestException("the body's id '" + body.id() + "' differs from the path's '" + id + "'");
        }
        ChangeNote note = auditor.note(body.reason());
        AgentProfile profile = body.toProfile(id);
        roster.update(profile, note);
        if (roster.entry(id).map(RosterEntry::active).orElse(false)) {
            events.changed(profile, note); // a deactivated agent's edits wait until it is activated
        }
        return AgentView.of(profile);
    }

    @POST
    @Path("/{id}/deactivate")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Take an agent out of routing, keeping its profile (its pending offer is rescinded); audited")
    public AgentView deactivate(@PathParam("id") String id, @QueryParam("reason") @Size(max = 1000) String reason) {
        return setActive(id, false, reason);
    }

    @POST
    @Path("/{id}/activate")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Bring a deactivated agent back into routing (logged out until the ACD reports it); audited")
    public AgentView activate(@PathParam("id") String id, @QueryParam("reason") @Size(max = 1000) String reason) {
        return setActive(id, true, reason);
    }

    private AgentView setActive(String id, boolean active, String reason) {
        ChangeNote note = auditor.note(reason);
        AgentChange change = roster.setActive(id, active, note);
        if (change != null && active) {
            events.changed(change.after(), note);
        } else if (change != null) {
            events.removed(change.after(), "deactivated", note);
        }
        return get(id);
    }

    @DELETE
    @Path("/{id}")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Delete an agent from the roster and routing; its change history stays for compliance")
    public AgentChangeView delete(@PathParam("id") String id, @QueryParam("reason") @Size(max = 1000) String reason) {
        ChangeNote note = auditor.note(reason);
        AgentChange change = roster.delete(id, note);
        events.removed(change.before(), "deleted", note);
        return AgentChangeView.of(change);
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "Every change to an agent: who, when, why, before and after")
    public List<AgentChangeView> history(@PathParam("id") String id) {
        List<AgentChange> history = roster.history(id);
        if (history.isEmpty() && roster.find(id).isEmpty()) {
            throw new UnknownAgentException(id);
        }
        return history.stream().map(AgentChangeView::of).toList();
    }
}
