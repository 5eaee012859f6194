package dev.attune.rest;

import dev.attune.core.domain.AgentProfile;
import dev.attune.service.port.RosterEntry;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.Comparator;

/**
 * A parsed roster file compared with the roster: every line checked with {@link AgentRequest}'s own bounds,
 * then sorted into added, changed, unchanged, and the active agents of the file's pools it no longer lists
 * (deactivated: a file for one site never touches another site's agents). Plain data: the resource applies it.
 */
final class RosterImport {
    final List<RosterEntry> upserts = new ArrayList<>();
    final List<String> deactivations = new ArrayList<>();
    private final List<String> added = new ArrayList<>();
    private final List<RosterImportView.Changed> changed = new ArrayList<>();
    private final List<RosterCsv.LineError> errors = new ArrayList<>();
    private int unchanged;
    private int lines;

    private RosterImport() {
    }

    static RosterImport plan(RosterCsv.Parsed parsed, Validator validator, List<RosterEntry> roster) {
        RosterImport plan = new RosterImport();
        plan.errors.addAll(parsed.errors());
        plan.lines = parsed.lines().size() + (int) parsed.errors().stream().map(RosterCsv.LineError::line)
                .filter(line -> line > 1).distinct().count();
        Map<String, RosterEntry> current = new HashMap<>();
        roster.forEach(entry -> current.put(entry.id(), entry));
        Set<String> listed = new HashSet<>();
        Set<String> pools = new TreeSet<>();
        for (RosterCsv.Line line : parsed.lines()) {
            RosterEntry entry = plan.check(line, validator, listed);
            if (entry == null) {
                continue;
            }
            pools.add(entry.profile().poolId());
            plan.compare(line.number(), entry, current.get(entry.id()));
        }
        plan.errors.sort(Comparator.comparingLong(RosterCsv.LineError::line)); // stable: a line's own order
        for (RosterEntry entry : roster) {
            if (entry.active() && pools.contains(entry.profile().poolId()) && !listed.contains(entry.id())) {
                plan.deactivations.add(entry.id());
            }
        }
        return plan;
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    List<RosterCsv.LineError> errors() {
        return errors;
    }

    RosterImportView view(boolean dryRun, boolean applied) {
        return new RosterImportView(dryRun, applied, lines, added, changed, deactivations, unchanged,
                errors.stream().map(e -> new RosterImportView.LineError(e.line(), e.field(), e.message())).toList());
    }

    /** The line as a roster entry, or null after recording why it cannot be one. */
    private RosterEntry check(RosterCsv.Line line, Validator validator, Set<String> listed) {
        AgentRequest request = line.request();
        Set<ConstraintViolation<AgentRequest>> violations = validator.validate(request);
        for (ConstraintViolation<AgentRequest> violation : violations) {
            errors.add(new RosterCsv.LineError(line.number(), column(violation.getPropertyPath().toString()),
                    violation.getMessage()));
        }
        if (request.id() == null) {
            errors.add(new RosterCsv.LineError(line.number(), "agent_id", "must not be blank"));
        }
        if (!violations.isEmpty() || request.id() == null) {
            return null;
        }
        if (!listed.add(request.id())) {
            errors.add(new RosterCsv.LineError(line.number(), "agent_id", "'" + request.id()
                    + "' is listed twice; each agent must appear once"));
            return null;
        }
        try {
            return new RosterEntry(request.toProfile(request.id()), true);
        } catch (InvalidRequestException e) {
            errors.add(new RosterCsv.LineError(line.number(), "agent", e.getMessage()));
            return null;
        }
    }

    private void compare(long number, RosterEntry entry, RosterEntry before) {
        if (before == null) {
            added.add(entry.id());
            upserts.add(entry);
            return;
        }
        if (!before.profile().poolId().equals(entry.profile().poolId())) {
            errors.add(new RosterCsv.LineError(number, "pool", "agent '" + entry.id() + "' belongs to pool '"
                    + before.profile().poolId() + "' and cannot move to '" + entry.profile().poolId()
                    + "'; give it a new agent id in the new pool"));
            return;
        }
        List<String> fields = differences(before, entry);
        if (fields.isEmpty()) {
            unchanged++;
            return;
        }
        changed.add(new RosterImportView.Changed(entry.id(), fields));
        upserts.add(entry);
    }

    private static List<String> differences(RosterEntry before, RosterEntry after) {
        AgentProfile a = before.profile();
        AgentProfile b = after.profile();
        List<String> fields = new ArrayList<>();
        addIf(fields, "displayName", !Objects.equals(a.displayName(), b.displayName()));
        addIf(fields, "skills", !a.skills().equals(b.skills()));
        addIf(fields, "languages", !a.languages().equals(b.languages()));
        addIf(fields, "licences", !a.licences().equals(b.licences()));
        addIf(fields, "empathy", a.empathy() != b.empathy());
        addIf(fields, "capacity", !a.capacity().equals(b.capacity()));
        addIf(fields, "active", !before.active());
        return fields;
    }

    private static void addIf(List<String> fields, String field, boolean differs) {
        if (differs) {
            fields.add(field);
        }
    }

    /** A request field's path as the file's column ("skills[CARDS]" stays: it names the skill too). */
    private static String column(String path) {
        return switch (path) {
            case "id" -> "agent_id";
            case "displayName" -> "display_name";
            default -> path.replaceAll("\\.?<[^>]+>", "");
        };
    }
}
