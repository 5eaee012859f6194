package dev.attune.load.text;

import org.HdrHistogram.Histogram;

/**
 * One rate step of the transcript load test, as a table row.
 *
 * @param sent            utterances of this step
 * @param received        their estimates (the latency columns are theirs)
 * @param published       estimates of any step received from the step's start to the end of its drain: a backlog
 *                        from an earlier step counts, it is work the service did in these seconds
 * @param periodSeconds   the step and its drain
 * @param serviceCpuSeconds the service process's CPU time (all threads) over the same period
 * @param keptUpMs        the p99 latency a sustained step stays within (--kept-up-ms)
 */
record TranscriptStep(double askedRate, int seconds, long sent, long received, long duplicates, long published,
        double periodSeconds, double p50Ms, double p90Ms, double p99Ms, double maxMs, double serviceCpuSeconds,
        double loadAverage, double keptUpMs) {

    static TranscriptStep of(double askedRate, int seconds, long sent, long received, long duplicates, long published,
            double periodSeconds, Histogram latency, double serviceCpuSeconds, double loadAverage, double keptUpMs) {
        return new TranscriptStep(askedRate, seconds, sent, received, duplicates, published, periodSeconds,
                ms(latency.getValueAtPercentile(50)), ms(latency.getValueAtPercentile(90)),
                ms(latency.getValueAtPercentile(99)), ms(latency.getMaxValue()), serviceCpuSeconds, loadAverage,
                keptUpMs);
    }

    double estimateRate() {
        return published / periodSeconds;
    }

    /** Estimates per second of the service's own CPU time: what one core given to it alone would publish. */
    double perServiceCpuSecond() {
        return serviceCpuSeconds > 0 ? published / serviceCpuSeconds : 0;
    }

    /**
     * Every utterance got its estimate, none twice, and the p99 latency stayed within --kept-up-ms. Without the
     * latency bound a step that only drained its queue within the 30 s after it counted as sustained (at load 30,
     * 2,000/s "sustained" with 1,167 estimates/s and a p50 of 7 s).
     */
    boolean sustained() {
        return received == sent && duplicates == 0 && p99Ms <= keptUpMs;
    }

    private String verdict() {
        if (received == sent && duplicates == 0 && !sustained()) {
            return String.format("not sustained (all in, but p99 over %.0f ms: a queue)", keptUpMs);
        }
        return sustained() ? "sustained" : "not sustained";
    }

    static String header() {
        return "| utterances/s asked | sent/s | estimates/s | sent | lost | dup | p50 ms | p90 ms | p99 ms | max ms "
                + "| service CPU s | estimates per service CPU s | load average | verdict |\n"
                + "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|";
    }

    String row() {
        return String.format("| %,.0f | %,.1f | %,.1f | %,d | %,d | %,d | %.1f | %.1f | %.1f | %.1f | %.1f | %,.0f "
                        + "| %.1f | %s |", askedRate, sent / (double) seconds, estimateRate(), sent, sent - received,
                duplicates, p50Ms, p90Ms, p99Ms, maxMs, serviceCpuSeconds, perServiceCpuSecond(), loadAverage,
                verdict());
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
