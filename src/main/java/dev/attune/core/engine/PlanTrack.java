package dev.attune.core.engine;

import java.time.Duration;
import java.time.Instant;

/** A pool's background plan: the one in force, the fallback while there is none, and the solve in flight. */
final class PlanTrack {
    private PoolPlan plan;
    private String fallbackReason;
    /** When the last plan's snapshot was taken (engine clock), null before the first. */
    private Instant lastSnapshotAt;
    /** BACKGROUND: when the solve in flight started, null when none is. */
    private Instant solveStartedAt;

    PoolPlan plan() {
        return plan;
    }

    PoolPlan freshPlan(Instant now, Duration staleAfter) {
        return plan != null && plan.freshAt(now, staleAfter) ? plan : null;
    }

    String fallbackReason() {
        return fallbackReason;
    }

    void adopt(PoolPlan newPlan) {
        plan = newPlan;
        fallbackReason = null;
    }

    /** Routing falls back to longest idle; true when it was not already. */
    boolean fail(String reason) {
        boolean entering = fallbackReason == null;
        fallbackReason = reason;
        plan = null;
        return entering;
    }

    Instant lastSnapshotAt() {
        return lastSnapshotAt;
    }

    void snapshotTaken(Instant at) {
        lastSnapshotAt = at;
    }

    Instant solveStartedAt() {
        return solveStartedAt;
    }

    void solveStarted(Instant at) {
        solveStartedAt = at;
    }

    void solveFinished() {
        solveStartedAt = null;
    }
}
