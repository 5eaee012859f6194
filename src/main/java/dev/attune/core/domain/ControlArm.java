package dev.attune.core.domain;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The live on/off benchmark's control arm: which calls are routed by skills-based longest idle instead of
 * Attune's scoring. A pure function of the call id (or its arrival time), so the engine, the journal and a
 * restarted instance all put a call in the same arm without telling each other.
 *
 * @param share the share of calls in the control arm, 0-1
 * @param mode  HASH: a stable hash of the call id picks the arm; TIME_BLOCKS: alternating blocks of
 *              {@code block} (a control block is the first {@code share} of every pair of blocks' length)
 */
public record ControlArm(boolean enabled, double share, Mode mode, Duration block) {
    public enum Mode {
        HASH, TIME_BLOCKS
    }

    public ControlArm {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(block, "block");
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("share must be 0-1, was " + share);
        }
        if (block.isNegative() || block.isZero()) {
            throw new IllegalArgumentException("block must be positive, was " + block);
        }
    }

    /** No control arm: every call routed by Attune. */
    public static ControlArm off() {
        return new ControlArm(false, 0, Mode.HASH, Duration.ofMinutes(30));
    }

    public BenchmarkArm armOf(String callId, Instant arrivedAt) {
        if (!enabled || share == 0) {
            return BenchmarkArm.ATTUNE;
        }
        return position(callId, arrivedAt) < share ? BenchmarkArm.CONTROL : BenchmarkArm.ATTUNE;
    }

    /** Where in [0, 1) the call falls: uniform over call ids, or over a cycle of two blocks. */
    private double position(String callId, Instant arrivedAt) {
        if (mode == Mode.TIME_BLOCKS) {
            long cycle = block.toMillis() * 2;
            return Math.floorMod(arrivedAt.toEpochMilli(), cycle) / (double) cycle;
        }
        // A digest rather than String.hashCode: sequential ACD ids ("call-1", "call-2") spread evenly over it.
        long bits = UUID.nameUUIDFromBytes(callId.getBytes(StandardCharsets.UTF_8)).getMostSignificantBits();
        return (bits >>> 11) / (double) (1L << 53);
    }
}
