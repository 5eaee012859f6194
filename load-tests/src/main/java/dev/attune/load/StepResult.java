package dev.attune.load;

import org.HdrHistogram.Histogram;

/**
 * What one rate step measured. Latencies in milliseconds, from the arrival record produced to the first
 * offer record consumed; the broker hop is one produce-to-consume on the side topic in the same seconds.
 *
 * @param askedRate      the Poisson rate the step asked for, calls per second
 * @param achievedRate   arrival records actually produced per second of the step
 * @param offerRate      first offers consumed per second, from the first arrival to the last first offer
 * @param compression    how much the agent cycle was squeezed to keep occupancy (1 = real time)
 * @param lagMax         the service's largest consumer lag on the input topics during the step (records)
 * @param errors         send failures + dead letters + offers for unavailable agents + unreadable decisions
 * @param lost           calls with no offer when the drain ended
 * @param duplicated     offers for a call that already had a live or accepted offer
 * @param reoffers       offers after a decline or ring-out (expected, not errors)
 * @param cpu            the service's mean share of the machine's CPU (2 cores = 100%)
 * @param heapMaxMb      the service's largest heap in use during the step
 * @param liveDataMb     the service's heap after its latest old-generation collection (0 if none yet)
 * @param ownP50         the service's own decision latency (event received to offer acknowledged by the
 *                       broker, attune_decision_latency_seconds) over the step, as a histogram bucket bound
 * @param machineLoad    the machine's mean 1-minute load average during the step (other work included)
 * @param phase          what the step is for: "cold" (the first step after the service reported ready, no
 *                       warm-up before it), "warm" (the same rate right after it), or "" for a rate step
 * @param quick          the step was shorter than the 60 s a verdict needs (--quick): a smoke figure only
 * @param lagSlope       the consumer lag's fitted growth while calls arrived, records per second
 * @param lagGrows       that growth is more than the lag's saw-tooth explains ({@link LagTrend})
 */
public record StepResult(
        String phase,
        boolean quick,
        int agents,
        double askedRate,
        double achievedRate,
        double offerRate,
        long calls,
        long offered,
        double p50,
        double p90,
        double p99,
        double max,
        double hopP50,
        double hopP99,
        double hopMax,
        double compression,
        long lagMax,
        long errors,
        String errorDetail,
        long lost,
        long duplicated,
        long reoffers,
        double cpu,
        double heapMaxMb,
        double liveDataMb,
        double ownP50,
        double ownP99,
        double machineLoad,
        double lagSlope,
        boolean lagGrows) {

    /** Offers must keep pace with arrivals to this share for a step to count as sustained. */
    public static final double OFFER_PACE = 0.99;
    /** A step shorter than this cannot show whether the lag grows: it is a quick (smoke) step. */
    public static final int JUDGED_SECONDS = 60;

    /**
     * No call lost or offered twice, no error, the generator placed the calls asked for (a Poisson count
     * within four standard deviations), the service offered at least 99% as fast as calls came, and its
     * consumer lag did not grow over the step. A quick step is never called sustained: too short to judge.
     */
    public boolean sustained() {
        return !quick && keptPace();
    }

    /** Everything {@link #sustained} asks but the step's length. */
    public boolean keptPace() {
        double seconds = achievedRate > 0 ? calls / achievedRate : 0;
        double expected = askedRate * seconds;
        return lost == 0 && duplicated == 0 && errors == 0 && calls > 0
                && calls >= expected - 4 * Math.sqrt(expected) && offerRate >= OFFER_PACE * achievedRate
                && !lagGrows;
    }

    public boolean meets(double targetP99Ms) {
        return sustained() && p99 <= targetP99Ms;
    }

    /** What the service adds above the two broker hops a decision needs (an estimate: percentiles do not add). */
    public double serviceShareP50() {
        return Math.max(0, p50 - 2 * hopP50);
    }

    public double serviceShareP99() {
        return Math.max(0, p99 - 2 * hopP99);
    }

    static double ms(Histogram micros, double percentile) {
        return micros.getTotalCount() == 0 ? Double.NaN : micros.getValueAtPercentile(percentile) / 1000.0;
    }

    static double maxMs(Histogram micros) {
        return micros.getTotalCount() == 0 ? Double.NaN : micros.getMaxValue() / 1000.0;
    }
}
