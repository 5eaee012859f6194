package dev.attune.core.engine;

import dev.attune.core.domain.Call;
import dev.attune.core.domain.Offer;
import java.time.Instant;

/**
 * A call the engine is looking after, from arrival to its one ending. Mutable and confined to its
 * pool's lock: the immutable {@link Call} inside is replaced on every change.
 */
final class CallEntry {
    enum Stage {
        /** In queue, no offer out. */
        WAITING,
        /** An offer reserves an agent for it. */
        OFFERED,
        /** An agent accepted it. */
        SERVING
    }

    Call call;
    Stage stage = Stage.WAITING;
    /** The pending offer while OFFERED, the accepted one while SERVING. */
    Offer offer;
    /** Offers made for this call so far, for unique, reproducible decision ids. */
    int attempts;
    /** The better agent this call is held back for, null when not held. */
    String heldFor;
    /** The held agent's score for this call: a free agent must beat it to take the call instead. */
    long heldScore;
    /**
     * When the call's hold allowance ends: set at its first hold to now + maxHold and
     * never extended, so a run of "a better agent is about to be free" can never starve it.
     */
    Instant holdDeadline;

    CallEntry(Call call) {
        this.call = call;
    }

    String id() {
        return call.id();
    }

    boolean held() {
        return heldFor != null;
    }

    void releaseHold() {
        heldFor = null;
    }
}
