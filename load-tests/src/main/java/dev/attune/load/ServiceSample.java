package dev.attune.load;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One reading of the service's own gauges from its Prometheus endpoint (/q/metrics).
 *
 * @param cpu             the service JVM's share of the whole machine's CPU, in [0,1] (process_cpu_usage)
 * @param heapUsed        bytes in use across the heap pools (jvm_memory_used_bytes{area="heap"})
 * @param liveDataSize    old generation after the last full or concurrent collection
 *                        (jvm_gc_live_data_size_bytes), the heap the service really keeps; 0 before one
 * @param decisionLatency the service's own decision-latency histogram (attune_decision_latency_seconds:
 *                        input event received to offer acknowledged by the broker), cumulative count by
 *                        upper bound in seconds, summed over tags; empty if the service has none
 */
public record ServiceSample(double cpu, long heapUsed, long liveDataSize, Map<Double, Double> decisionLatency) {
    private static final Pattern LINE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{[^}]*})?\\s+(\\S+)");
    private static final Pattern LE = Pattern.compile("le=\"([^\"]+)\"");
    private static final String DECISION_BUCKET = "attune_decision_latency_seconds_bucket";

    public static ServiceSample none() {
        return new ServiceSample(Double.NaN, 0, 0, Map.of());
    }

    public static ServiceSample parse(String prometheusText) {
        double cpu = Double.NaN;
        double heap = 0;
        double live = 0;
        Map<Double, Double> buckets = new TreeMap<>();
        for (String line : prometheusText.split("\n")) {
            if (line.startsWith("#")) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (!m.find()) {
                continue;
            }
            String name = m.group(1);
            String labels = m.group(2) == null ? "" : m.group(2);
            double value;
            try {
                value = Double.parseDouble(m.group(3));
            } catch (NumberFormatException e) {
                continue;
            }
            switch (name) {
                case "process_cpu_usage" -> cpu = value;
                case "jvm_memory_used_bytes" -> heap += labels.contains("area=\"heap\"") ? value : 0;
                case "jvm_gc_live_data_size_bytes" -> live = value;
                case DECISION_BUCKET -> {
                    Matcher le = LE.matcher(labels);
                    if (le.find()) {
                        double bound = le.group(1).equals("+Inf") ? Double.POSITIVE_INFINITY
                                : Double.parseDouble(le.group(1));
                        buckets.merge(bound, value, Double::sum);
                    }
                }
                default -> {
                }
            }
        }
        return new ServiceSample(cpu, (long) heap, (long) live, buckets);
    }

    /**
     * The given percentile (0-100) of the decisions recorded between {@code earlier} and this sample, in
     * milliseconds, read as the upper bound of the bucket it falls in; NaN when none were recorded.
     */
    public double decisionLatencyMs(ServiceSample earlier, double percentile) {
        double total = count(decisionLatency, Double.POSITIVE_INFINITY) - count(earlier.decisionLatency, Double.POSITIVE_INFINITY);
        if (!(total > 0)) {
            return Double.NaN;
        }
        for (Map.Entry<Double, Double> bucket : decisionLatency.entrySet()) {
            double inBucket = bucket.getValue() - count(earlier.decisionLatency, bucket.getKey());
            if (inBucket >= percentile / 100 * total) {
                return bucket.getKey() * 1000;
            }
        }
        return Double.NaN;
    }

    private static double count(Map<Double, Double> buckets, double bound) {
        return buckets.getOrDefault(bound, 0.0);
    }
}
