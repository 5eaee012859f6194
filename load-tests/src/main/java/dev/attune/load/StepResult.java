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
 */
public record StepResult(
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
        double machineLoad) {

    /** No call lost or offered twice, no error, and the service kept pace with the arrivals. */
    public boolean sustained() {
        return lost == 0 && duplicated == 0 && errors == 0 && calls > 0
                && achievedRate >= 0.9 * askedRate && offerRate >= 0.9 * achievedRate;
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
