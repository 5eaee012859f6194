package dev.attune.core.solver;

import java.time.Duration;
import java.util.Objects;

/**
 * When a solve stops. Two styles, on purpose:
 * <ul>
 * <li>{@link #reproducible}: bounded by local-search steps with a fixed random seed, so a simulation or a
 * test replays to exactly the same plan however busy the machine is;</li>
 * <li>{@link #wallClock} / {@link #daemon}: bounded by time, for the service, where a late plan is worth
 * less than a slightly worse one. A daemon solver keeps running and restarts on every problem change.</li>
 * </ul>
 */
public sealed interface PlanTermination {

    /**
     * Stop after {@code maxSteps} local-search steps, or earlier after {@code unimprovedSteps} without a
     * better plan, sampling at most 100 moves per step, and after {@code 100 * maxSteps} evaluated moves in
     * all (see {@link Steps}).
     */
    static PlanTermination reproducible(long seed, int maxSteps, int unimprovedSteps) {
        return new Steps(seed, maxSteps, unimprovedSteps, 100, Math.max(1_000L, 100L * maxSteps));
    }

    /** Stop after {@code limit}, or earlier after {@code unimprovedLimit} without a better plan. */
    static PlanTermination wallClock(Duration limit, Duration unimprovedLimit) {
        return new WallClock(limit, unimprovedLimit, false);
    }

    /**
     * A daemon solver: solves until {@code unimprovedLimit} passes without a better plan, then waits for
     * the next problem change instead of returning (the design measured 10 ms as enough per change).
     */
    static PlanTermination daemon(Duration unimprovedLimit) {
        return new WallClock(null, unimprovedLimit, true);
    }

    /**
     * Every bound here counts, none measures time, so a seed replays exactly.
     *
     * @param movesPerStep how many moves one local-search step samples at most; a step that accepts none
     *                     counts as unimproved. Without it a plan at a local optimum never completes a
     *                     step (local search accepts no move from it), so step limits never fire: a
     *                     one-call plan spun forever before this bound.
     * @param maxMoves     a bound on evaluated moves over the whole local search, as a last resort
     */
    record Steps(long seed, int maxSteps, int unimprovedSteps, long movesPerStep, long maxMoves)
            implements PlanTermination {
        public Steps {
            if (maxSteps < 0 || unimprovedSteps < 1 || movesPerStep < 1 || maxMoves < 1) {
                throw new IllegalArgumentException(
                        "maxSteps must be >= 0; unimprovedSteps, movesPerStep and maxMoves >= 1");
            }
        }
    }

    record WallClock(Duration limit, Duration unimprovedLimit, boolean daemon) implements PlanTermination {
        public WallClock {
            Objects.requireNonNull(unimprovedLimit, "unimprovedLimit");
        }
    }
}
