package dev.attune.rest;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** A report's period from the query: ISO-8601 instants {@code from} and {@code to}; a bad one is a 400 naming it. */
record Period(Instant from, Instant to) {

    static Period read(String from, String to, Duration fallback) {
        Instant end = instant("to", to, Instant.now());
        Instant start = instant("from", from, end.minus(fallback));
        if (!start.isBefore(end)) {
            throw new InvalidRequestException("from", "must be before to (" + end + "), was " + start);
        }
        return new Period(start, end);
    }

    private static Instant instant(String name, String raw, Instant fallback) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            return Instant.parse(raw.trim());
        } catch (DateTimeParseException e) {
            String shown = raw.length() > 40 ? raw.substring(0, 40) + "…" : raw;
            throw new InvalidRequestException(name, "must be an ISO-8601 instant such as 2026-12-01T00:00:00Z, was '"
                    + shown + "'");
        }
    }
}
