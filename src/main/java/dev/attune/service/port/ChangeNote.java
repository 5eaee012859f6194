package dev.attune.service.port;

import java.time.Instant;
import java.util.Objects;

/** Who made a change to the routing setup, when and why: what the audit trail records with it. */
public record ChangeNote(String by, String reason, Instant at) {
    public ChangeNote {
        Objects.requireNonNull(at, "at");
        if (by == null || by.isBlank()) {
            throw new IllegalArgumentException("a change must say who made it");
        }
        reason = reason == null || reason.isBlank() ? null : reason;
    }
}
