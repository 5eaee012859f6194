package dev.attune.core.engine;

import dev.attune.core.solver.PlanningPolicy;
import java.time.Duration;
import java.util.Objects;

/**
 * How the engine behaves around the constraint model: reservations, holds, the plan's rhythm and the
 * solver's budget. Read from configuration; {@link #defaults()} are the values docs/constraints.md quotes.
 * Change one value with {@link #toBuilder()}.
 *
 * @param reservationTimeout    how long an offer reserves an agent before the engine treats it as no answer (RONA)
 * @param ronaSetsAgentAway     whether an agent who let an offer time out is set AWAY (FreeSWITCH max-no-answer)
 * @param maxHold               longest a high-care call may be held back for a better agent about to be free
 * @param holdCareThreshold     care need from which a call may be held at all, in [0,1]
 * @param emotionalLoadHalfLife how fast an agent's emotional load from distressed callers fades
 * @param planInterval          how often a fresh plan is solved (BACKGROUND: wall clock; STEPPED: engine clock)
 * @param planStaleAfter        a plan older than this is ignored by the decider
 * @param solverUnimprovedSteps STEPPED: local search stops after this many steps without improvement
 * @param solverTimeLimit       BACKGROUND only: wall-clock budget of one solve
 * @param solverMaxSteps        STEPPED: local search stops after this many steps in any case
 * @param solverUnimprovedTime  BACKGROUND only: a solve stops after this long without improvement
 * @param planDeadline          BACKGROUND only: a solve not finished by then counts as missed and routing falls back
 * @param solverSeed            the solver's random seed, so a STEPPED run replays exactly
 * @param planMaxCalls          a plan looks at most at this many waiting calls (the most urgent), keeping solves small
 * @param rememberedCalls       how many ended call ids are remembered to ignore duplicate events about them
 * @param occupancyWindow       time constant of an agent's occupancy (share of recent logged-in time at work),
 *                              which the fairness constraint reads
 * @param reserveLookBack       time constant of the decaying count of recent high-care arrivals behind the empathy
 *                              reserve (HighCareDemand)
 * @param reserveHorizon        how far ahead the empathy reserve expects high-care arrivals (about one handle time)
 */
public record RoutingPolicy(
        Duration reservationTimeout,
        boolean ronaSetsAgentAway,
        Duration maxHold,
        double holdCareThreshold,
        Duration emotionalLoadHalfLife,
        Duration planInterval,
        Duration planStaleAfter,
        int solverUnimprovedSteps,
        Duration solverTimeLimit,
        int solverMaxSteps,
        Duration solverUnimprovedTime,
        Duration planDeadline,
        long solverSeed,
        int planMaxCalls,
        int rememberedCalls,
        Duration occupancyWindow,
        Duration reserveLookBack,
        Duration reserveHorizon) {

    public RoutingPolicy {
        positive("reservationTimeout", reservationTimeout);
        Objects.requireNonNull(maxHold, "maxHold");
        if (maxHold.isNegative()) {
            throw new IllegalArgumentException("maxHold must not be negative");
        }
        if (!(holdCareThreshold >= 0 && holdCareThreshold <= 1)) {
            throw new IllegalArgumentException("holdCareThreshold must be in [0,1], was " + holdCareThreshold);
        }
        positive("emotionalLoadHalfLife", emotionalLoadHalfLife);
        positive("planInterval", planInterval);
        positive("planStaleAfter", planStaleAfter);
        positive("solverTimeLimit", solverTimeLimit);
        positive("solverUnimprovedTime", solverUnimprovedTime);
        positive("planDeadline", planDeadline);
        positive("occupancyWindow", occupancyWindow);
        positive("reserveLookBack", reserveLookBack);
        positive("reserveHorizon", reserveHorizon);
        atLeastOne("solverUnimprovedSteps", solverUnimprovedSteps);
        atLeastOne("solverMaxSteps", solverMaxSteps);
        atLeastOne("planMaxCalls", planMaxCalls);
        atLeastOne("rememberedCalls", rememberedCalls);
    }

    public static RoutingPolicy defaults() {
        return new RoutingPolicy(
                Duration.ofSeconds(15),
                true,
                Duration.ofSeconds(10),
                0.6,
                Duration.ofMinutes(10),
                Duration.ofMillis(500),
                Duration.ofSeconds(3),
                100,
                Duration.ofMillis(200),
                2_000,
                Duration.ofMillis(30),
                Duration.ofSeconds(2),
                0L,
                300,
                100_000,
                Duration.ofMinutes(30),
                Duration.ofMinutes(15),
                Duration.ofMinutes(5));
    }

    /** The part of this policy the planning model reads, shared by the plan and the instant decider. */
    public PlanningPolicy planning() {
        return new PlanningPolicy((int) Math.min(Integer.MAX_VALUE, maxHold.toSeconds()), holdCareThreshold,
                emotionalLoadHalfLife);
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Changes a few values of a policy, e.g. {@code RoutingPolicy.defaults().toBuilder().maxHold(d).build()}. */
    public static final class Builder {
        private Duration reservationTimeout;
        private boolean ronaSetsAgentAway;
        private Duration maxHold;
        private double holdCareThreshold;
        private Duration emotionalLoadHalfLife;
        private Duration planInterval;
        private Duration planStaleAfter;
        private int solverUnimprovedSteps;
        private Duration solverTimeLimit;
        private int solverMaxSteps;
        private Duration solverUnimprovedTime;
        private Duration planDeadline;
        private long solverSeed;
        private int planMaxCalls;
        private int rememberedCalls;
        private Duration occupancyWindow;
        private Duration reserveLookBack;
        private Duration reserveHorizon;

        private Builder(RoutingPolicy p) {
            reservationTimeout = p.reservationTimeout;
            ronaSetsAgentAway = p.ronaSetsAgentAway;
            maxHold = p.maxHold;
            holdCareThreshold = p.holdCareThreshold;
            emotionalLoadHalfLife = p.emotionalLoadHalfLife;
            planInterval = p.planInterval;
            planStaleAfter = p.planStaleAfter;
            solverUnimprovedSteps = p.solverUnimprovedSteps;
            solverTimeLimit = p.solverTimeLimit;
            solverMaxSteps = p.solverMaxSteps;
            solverUnimprovedTime = p.solverUnimprovedTime;
            planDeadline = p.planDeadline;
            solverSeed = p.solverSeed;
            planMaxCalls = p.planMaxCalls;
            rememberedCalls = p.rememberedCalls;
            occupancyWindow = p.occupancyWindow;
            reserveLookBack = p.reserveLookBack;
            reserveHorizon = p.reserveHorizon;
        }

        public Builder reservationTimeout(Duration v) { reservationTimeout = v; return this; }
        public Builder ronaSetsAgentAway(boolean v) { ronaSetsAgentAway = v; return this; }
        public Builder maxHold(Duration v) { maxHold = v; return this; }
        public Builder holdCareThreshold(double v) { holdCareThreshold = v; return this; }
        public Builder emotionalLoadHalfLife(Duration v) { emotionalLoadHalfLife = v; return this; }
        public Builder planInterval(Duration v) { planInterval = v; return this; }
        public Builder planStaleAfter(Duration v) { planStaleAfter = v; return this; }
        public Builder solverUnimprovedSteps(int v) { solverUnimprovedSteps = v; return this; }
        public Builder solverTimeLimit(Duration v) { solverTimeLimit = v; return this; }
        public Builder solverMaxSteps(int v) { solverMaxSteps = v; return this; }
        public Builder solverUnimprovedTime(Duration v) { solverUnimprovedTime = v; return this; }
        public Builder planDeadline(Duration v) { planDeadline = v; return this; }
        public Builder solverSeed(long v) { solverSeed = v; return this; }
        public Builder planMaxCalls(int v) { planMaxCalls = v; return this; }
        public Builder rememberedCalls(int v) { rememberedCalls = v; return this; }
        public Builder occupancyWindow(Duration v) { occupancyWindow = v; return this; }
        public Builder reserveLookBack(Duration v) { reserveLookBack = v; return this; }
        public Builder reserveHorizon(Duration v) { reserveHorizon = v; return this; }

        public RoutingPolicy build() {
            return new RoutingPolicy(reservationTimeout, ronaSetsAgentAway, maxHold, holdCareThreshold,
                    emotionalLoadHalfLife, planInterval, planStaleAfter, solverUnimprovedSteps, solverTimeLimit,
                    solverMaxSteps, solverUnimprovedTime, planDeadline, solverSeed, planMaxCalls, rememberedCalls,
                    occupancyWindow, reserveLookBack, reserveHorizon);
        }
    }

    private static void positive(String name, Duration value) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }

    private static void atLeastOne(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, was " + value);
        }
    }
}
