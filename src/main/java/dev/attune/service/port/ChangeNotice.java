package dev.attune.service.port;

import java.time.Instant;
import java.util.Objects;

/**
 * Word that a piece of the routing setup changed in PostgreSQL, for every running instance: each reloads the
 * named item from the database (the record) and hands it to its engine. A notice carries no values, so
 * applying it twice, late or out of order leaves every instance with what the database holds.
 *
 * @param subject the agent id for {@link Kind#AGENT}; the pool for {@link Kind#LANGUAGE_MATCH} (for readers: every
 *                pool's rule is read back); empty for weights and the catalogue
 * @param origin  the instance that announced it (it has applied the change already)
 */
public record ChangeNotice(Kind kind, String subject, String origin, Instant at) {

    /** What changed. */
    public enum Kind {
        WEIGHTS, AGENT, CATALOGUE, CONTROL_ARM, LANGUAGE_MATCH
    }

    public ChangeNotice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(at, "at");
        subject = subject == null ? "" : subject;
        if (kind == Kind.AGENT && subject.isBlank()) {
            throw new IllegalArgumentException("an agent change must name the agent");
        }
    }
}
