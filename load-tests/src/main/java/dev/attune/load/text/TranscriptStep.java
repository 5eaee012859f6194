package dev.attune.load.text;

import org.HdrHistogram.Histogram;

/** One rate step of the transcript load test, as a table row. */
record TranscriptStep(double askedRate, double sentRate, double estimateRate, long sent, long received,
        long duplicates, double p50Ms, double p90Ms, double p99Ms, double maxMs, double loadAverage) {

    static TranscriptStep of(double askedRate, int seconds, long sent, long received, long duplicates,
            double receiveSeconds, Histogram latency, double loadAverage) {
        return new TranscriptStep(askedRate, sent / (double) seconds,
                receiveSeconds > 0 ? received / receiveSeconds : 0, sent, received, duplicates,
                ms(latency.getValueAtPercentile(50)), ms(latency.getValueAtPercentile(90)),
                ms(latency.getValueAtPercentile(99)), ms(latency.getMaxValue()), loadAverage);
    }

    /** Every utterance got its estimate, and estimates kept up with the asked rate (within 5%). */
    boolean sustained() {
        return received == sent && estimateRate >= 0.95 * askedRate;
    }

    static String header() {
        return "| utterances/s asked | sent/s | estimates/s | sent | lost | dup | p50 ms | p90 ms | p99 ms | max ms "
                + "| load average | verdict |\n|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|";
    }

    String row() {
        return String.format("| %,.0f | %,.1f | %,.1f | %,d | %,d | %,d | %.1f | %.1f | %.1f | %.1f | %.1f | %s |",
                askedRate, sentRate, estimateRate, sent, sent - received, duplicates, p50Ms, p90Ms, p99Ms, maxMs,
                loadAverage, sustained() ? "sustained" : "not sustained");
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
