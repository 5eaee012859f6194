package dev.attune.rest;

import java.time.Duration;

/** Durations in API answers are seconds with millisecond precision: what a dashboard or a human reads. */
final class Seconds {
    private Seconds() {
    }

    static Double of(Duration duration) {
        return duration == null ? null : duration.toMillis() / 1000.0;
    }
}
