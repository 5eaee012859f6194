package dev.attune.load;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One reading of the service's own gauges from its Prometheus endpoint (/q/metrics).
 *
 * @param cpu          the service JVM's share of the whole machine's CPU, in [0,1] (process_cpu_usage)
 * @param heapUsed     bytes in use across the heap pools (jvm_memory_used_bytes{area="heap"})
 * @param liveDataSize old generation after the last full or concurrent collection (jvm_gc_live_data_size_bytes),
 *                     the heap the service really keeps; 0 before the first such collection
 */
public record ServiceSample(double cpu, long heapUsed, long liveDataSize) {
    private static final Pattern LINE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{[^}]*})?\\s+(\\S+)");

    public static ServiceSample parse(String prometheusText) {
        double cpu = Double.NaN;
        double heap = 0;
        double live = 0;
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
                default -> {
                }
            }
        }
        return new ServiceSample(cpu, (long) heap, (long) live);
    }
}
