package dev.attune.rest;

import dev.attune.service.port.AgentChange;
import dev.attune.service.port.ChangeNote;
import dev.attune.service.port.Roster;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Roster import from the CSV a WFM tool exports (docs/api.md has the columns). A dry run (the default) shows
 * what the file would change; {@code dryRun=false} applies it in one transaction, audited with the signed-in
 * user, and hands every change to the engine. A file with any line in error is never applied: the answer
 * is a 400 naming each line and field.
 */
@Path("/api/v1/workers/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Workers", description = "Agents' skills, languages, licences and empathy (workforce managers)")
public class RosterImportResource {
    @Inject
    Roster roster;
    @Inject
    Auditor auditor;
    @Inject
    Validator validator;
    @Inject
    RosterEvents events;
    @Inject
    RoutingApiSettings settings;

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Import a roster CSV: a dry run shows the agents added, changed and deactivated and the "
            + "errors per line; dryRun=false applies it (400 naming the line and field when any line is wrong)")
    public RosterImportView importRoster(String csv,
            @QueryParam("dryRun") @Parameter(description = "true (the default) or false") String dryRunFlag,
            @QueryParam("reason") @Size(max = 1000) String reason) {
        // Read by hand: JAX-RS turns any word but "true" into false, so "dryRun=ture" would apply the roster.
        boolean dryRun = QueryFlag.read("dryRun", dryRunFlag, true);
        if (csv == null || csv.isBlank()) {
            throw new InvalidRequestException("file", "is empty: send the CSV as the request body (text/csv)");
        }
        RosterImport plan = RosterImport.plan(RosterCsv.read(csv, settings.rosterImportMaxLines()), validator,
                roster.entries(null));
        if (dryRun) {
            return plan.view(true, false);
        }
        if (plan.hasErrors()) {
            throw new RosterImportException(plan.errors());
        }
        ChangeNote note = auditor.note(reason == null ? "roster import" : reason);
        List<AgentChange> changes = roster.importRoster(plan.upserts, plan.deactivations, note);
        for (AgentChange change : changes) {
            if (change.action() == AgentChange.Action.DEACTIVATED) {
                events.removed(change.before(), "deactivated", note);
            } else {
                events.changed(change.after(), note);
            }
        }
        return plan.view(false, true);
    }

    /** The 400 of an import with errors: the message names the first lines, the violations every one. */
    @ServerExceptionMapper
    public Response refused(RosterImportException e) {
        List<RosterCsv.LineError> errors = e.errors();
        String first = errors.stream().limit(3).map(RosterCsv.LineError::describe).collect(Collectors.joining("; "));
        return ApiError.response(Response.Status.BAD_REQUEST, "roster import refused, nothing applied: "
                + errors.size() + " error" + (errors.size() == 1 ? "" : "s") + ": " + first + (errors.size() > 3 ? "; ..." : ""),
                errors.stream().map(x -> new ApiError.Violation("line " + x.line() + ": " + x.field(), x.message()))
                        .toList());
    }

    /** An import that cannot be applied because of these line errors. */
    static final class RosterImportException extends RuntimeException {
        private final transient List<RosterCsv.LineError> errors;

        RosterImportException(List<RosterCsv.LineError> errors) {
            super(errors.size() + " line errors");
            this.errors = List.copyOf(errors);
        }

        List<RosterCsv.LineError> errors() {
            return errors;
        }
    }
}
