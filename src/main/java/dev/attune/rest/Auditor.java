package dev.attune.rest;

import dev.attune.service.port.ChangeNote;
import java.time.Instant;

/**
 * Who is making a change, from the X-Attune-User header. It stands in for the authenticated principal
 * until the service sits behind an identity provider; every write must carry it so the audit trail is
 * never anonymous.
 */
final class Auditor {
    static final String HEADER = "X-Attune-User";

    private Auditor() {
    }

    static ChangeNote note(String user, String reason) {
        if (user == null || user.isBlank()) {
            throw new InvalidRequestException("the " + HEADER + " header is required on changes: it names who made the "
                    + "change in the audit trail");
        }
        if (user.length() > 200) {
            throw new InvalidRequestException("the " + HEADER + " header must be at most 200 characters");
        }
        return new ChangeNote(user.strip(), reason, Instant.now());
    }
}
