package dev.attune.core.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The emotional load an agent carries from recent distressed callers. Each call adds its distress;
 * the load halves every half-life, so three hard calls in a row weigh, and a quiet hour clears them.
 */
public record EmotionalLoad(double level, Instant at) {

    public static EmotionalLoad none(Instant at) {
        return new EmotionalLoad(0, at);
    }

    /**
     * The load decayed to {@code now}. Asked for every candidate agent of every decision, so it builds no
     * {@link Duration}: whole milliseconds elapsed, rounded down as {@code Duration.between(at, now).toMillis()}.
     */
    public double levelAt(Instant now, Duration halfLife) {
        if (level == 0) {
            return 0;
        }
        double seconds = Math.max(0, wholeMillisBetween(at, now) / 1000.0);
        return level * Math.pow(0.5, seconds / Math.max(1e-3, halfLife.toMillis() / 1000.0));
    }

    public EmotionalLoad plus(double distress, Instant now, Duration halfLife) {
        return new EmotionalLoad(levelAt(now, halfLife) + Math.max(0, distress), now);
    }

    /** {@code Duration.between(from, to).toMillis()}; in nanoseconds, which need no object, unless too far apart. */
    private static long wholeMillisBetween(Instant from, Instant to) {
        return Math.abs(to.getEpochSecond() - from.getEpochSecond()) < 9_000_000_000L
                ? Math.floorDiv(ChronoUnit.NANOS.between(from, to), 1_000_000L)
                : Duration.between(from, to).toMillis();
    }
}
