package dev.attune.core.engine;

import java.util.Objects;

/**
 * An event the engine cannot use because it contradicts what the engine knows (an agent with no
 * profile, a product the catalogue lacks, a value out of range). The {@link Refusal} says which, for an
 * adapter to choose the dead-letter reason or the 4xx; the message is the detail it shows. Duplicates and
 * stale events are not rejected: they are ignored, because replays and out-of-order delivery are normal.
 */
public class RejectedEventException extends IllegalArgumentException {
    private final Refusal refusal;

    public RejectedEventException(Refusal refusal, String reason) {
        super(reason);
        this.refusal = Objects.requireNonNull(refusal, "refusal");
    }

    public RejectedEventException(Refusal refusal, String reason, Throwable cause) {
        super(reason, cause);
        this.refusal = Objects.requireNonNull(refusal, "refusal");
    }

    public Refusal refusal() {
        return refusal;
    }
}
