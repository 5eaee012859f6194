package dev.attune.core.solver;

import java.time.Duration;
import java.util.Objects;

/**
 * The policy a snapshot is taken under: how long a high-care call may be held for a better agent who
 * is about to be free, from which care need a call may be held at all, and how fast an agent's
 * emotional load fades. The engine maps its own configuration onto this record.
 *
 * @param maxHoldSeconds        the longest a call may be planned to wait for an agent not free yet (0: never hold)
 * @param holdCareThreshold     care need (see {@link dev.attune.core.domain.CareNeed}) from which a call may be held
 * @param emotionalLoadHalfLife the half-life of an agent's {@link dev.attune.core.domain.EmotionalLoad}
 */
public record PlanningPolicy(int maxHoldSeconds, double holdCareThreshold, Duration emotionalLoadHalfLife) {

    /** Values for tests and tools; the service and simulator read theirs from configuration. */
    public static PlanningPolicy defaults() {
        return new PlanningPolicy(15, 0.6, Duration.ofMinutes(10));
    }

    public PlanningPolicy {
        if (maxHoldSeconds < 0) {
            throw new IllegalArgumentException("maxHoldSeconds must not be negative, was " + maxHoldSeconds);
        }
        if (!(holdCareThreshold >= 0 && holdCareThreshold <= 1)) {
            throw new IllegalArgumentException("holdCareThreshold must be in [0,1], was " + holdCareThreshold);
        }
        Objects.requireNonNull(emotionalLoadHalfLife, "emotionalLoadHalfLife");
        if (emotionalLoadHalfLife.isNegative() || emotionalLoadHalfLife.isZero()) {
            throw new IllegalArgumentException("emotionalLoadHalfLife must be positive");
        }
    }

    /** How long this call may be held: the policy bound for a high-care call, nothing for any other. */
    public int holdLimitSeconds(double careNeed) {
        return careNeed >= holdCareThreshold ? maxHoldSeconds : 0;
    }
}
