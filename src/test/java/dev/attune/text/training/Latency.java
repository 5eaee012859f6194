package dev.attune.text.training;

import dev.attune.text.TextEstimator;
import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;

/** Time to read one utterance (emotions and intent), one thread, after a warm-up pass. */
final class Latency {
    private Latency() {
    }

    static void print(TextEstimator estimator, List<Example> goEmotions, List<Example> banking) {
        List<String> texts = new ArrayList<>();
        goEmotions.forEach(e -> texts.add(e.text()));
        banking.forEach(e -> texts.add(e.text()));
        double sink = 0;
        for (int pass = 0; pass < 3; pass++) {
            for (String text : texts) {
                sink += estimator.read(text).anxiety();
            }
        }
        Histogram histogram = new Histogram(3);
        Histogram cpu = new Histogram(3);
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        for (int pass = 0; pass < 3; pass++) {
            for (String text : texts) {
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                sink += estimator.read(text).anxiety();
                histogram.recordValue(System.nanoTime() - t0);
                cpu.recordValue(Math.max(0, threads.getCurrentThreadCpuTime() - c0));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%nLatency per utterance (emotions + intent, one thread, %,d readings of %,d texts)%n",
                histogram.getTotalCount(), texts.size());
        System.out.printf("  p50 %.3f ms, p99 %.3f ms, max %.3f ms; %,.0f utterances/s (checksum %.1f)%n",
                histogram.getValueAtPercentile(50) / 1e6, histogram.getValueAtPercentile(99) / 1e6,
                histogram.getMaxValue() / 1e6, histogram.getTotalCount() / seconds, sink);
        // CPU time leaves out the time the thread waited for a core: on a shared, loaded machine it is the
        // figure that says what one core needs per utterance.
        System.out.printf("  CPU time of the reading thread: p50 %.3f ms, p99 %.3f ms, max %.3f ms%n",
                cpu.getValueAtPercentile(50) / 1e6, cpu.getValueAtPercentile(99) / 1e6, cpu.getMaxValue() / 1e6);
        System.out.printf("  machine load average while measuring: %.1f on %d cores%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }
}
