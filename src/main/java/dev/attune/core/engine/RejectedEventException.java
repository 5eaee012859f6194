package dev.attune.core.engine;

/**
 * An event the engine cannot use because it contradicts what the engine knows (an agent with no
 * profile, a product the catalogue lacks, a value out of range). The message is the reason an adapter
 * puts on the dead letter or in the 4xx body. Duplicates and stale events are not rejected: they are
 * ignored, because replays and out-of-order delivery are normal.
 */
public class RejectedEventException extends IllegalArgumentException {
    public RejectedEventException(String reason) {
        super(reason);
    }

    public RejectedEventException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
