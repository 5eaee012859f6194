package dev.attune.rest;

import dev.attune.core.domain.AgentProfile;
import dev.attune.core.engine.event.AgentProfileChanged;
import dev.attune.service.port.ChangeNote;
import dev.attune.service.port.Roster;
import dev.attune.service.port.UnknownAgentException;
import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Agents ("workers", as in TaskRouter) for workforce managers: skills with proficiency, languages,
 * licences, empathy and capacity. Every change is validated, audited (who, when, why, before, after)
 * and handed to the routing engine as an AgentProfileChanged event, so it applies to calls already waiting.
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
    Event<AgentProfileChanged> profileChanges;

    @GET
    @Operation(summary = "List agents, optionally of one pool, with a skill, a language or a licence")
    public List<AgentView> list(@QueryParam("pool") String pool, @QueryParam("skill") String skill,
            @QueryParam("language") String language, @QueryParam("licence") String licence) {
        List<AgentProfile> agents = pool == null ? roster.all() : roster.inPool(pool);
        return agents.stream()
                .filter(a -> skill == null || a.skills().containsKey(skill))
                .filter(a -> language == null || a.speaks(language))
                .filter(a -> licence == null || a.licences().contains(licence))
                .map(AgentView::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One agent")
    public AgentView get(@PathParam("id") String id) {
        return roster.find(id).map(AgentView::of).orElseThrow(() -> new UnknownAgentException(id));
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
        profileChanges.fire(new AgentProfileChanged(profile, note.at()));
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
        profileChanges.fire(new AgentProfileChanged(profile, note.at()));
        return AgentView.of(profile);
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "Every change to an agent: who, when, why, before and after")
    public List<AgentChangeView> history(@PathParam("id") String id) {
        if (roster.find(id).isEmpty()) {
            throw new UnknownAgentException(id);
        }
        return roster.history(id).stream().map(AgentChangeView::of).toList();
    }
}
