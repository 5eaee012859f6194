package dev.attune.service;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The engine's clock: the wall clock while routing live, and the recorded time of each replayed record
 * while a restart rebuilds state, so deadlines and waits come out as they were. Never runs backwards.
 */
public final class ReplayClock extends Clock {
    private final Clock wall;
    private volatile Instant replaying;

    public ReplayClock(Clock wall) {
        this.wall = wall;
    }

    /** Holds the clock at a recorded instant (or later, if it already showed a later one). */
    public void replayAt(Instant recorded) {
        Instant current = replaying;
        replaying = current != null && current.isAfter(recorded) ? current : recorded;
    }

    /** Back to the wall clock. */
    public void live() {
        replaying = null;
    }

    @Override
    public Instant instant() {
        Instant fixed = replaying;
        return fixed != null ? fixed : wall.instant();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the engine clock is UTC");
    }
}
