package dev.attune.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a roster import would do (a dry run) or did: the agents added, changed (with the fields that change;
 * "active" when a deactivated agent comes back), deactivated (active agents of the file's pools that the file
 * no longer lists), how many stay as they are, and every line's errors. An import with errors is never applied.
 */
@Schema(name = "WorkerImportView") // TaskRouter's word for agents (docs/glossary.md)
public record RosterImportView(boolean dryRun, boolean applied, int lines, List<String> added, List<Changed> changed,
        List<String> deactivated, int unchanged, List<LineError> errors) {

    /** An agent the import changes, and which of its fields. */
    public record Changed(String agentId, List<String> fields) {
    }

    /** One line's problem; line 1 is the header. */
    public record LineError(long line, String field, String message) {
    }
}
