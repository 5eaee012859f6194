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
        long start = System.nanoTime();
        for (int pass = 0; pass < 3; pass++) {
            for (String text : texts) {
                long t0 = System.nanoTime();
                sink += estimator.read(text).anxiety();
                histogram.recordValue(System.nanoTime() - t0);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%nLatency per utterance (emotions + intent, one thread, %,d readings of %,d texts)%n",
                histogram.getTotalCount(), texts.size());
        System.out.printf("  p50 %.3f ms, p99 %.3f ms, max %.3f ms; %,.0f utterances/s (checksum %.1f)%n",
                histogram.getValueAtPercentile(50) / 1e6, histogram.getValueAtPercentile(99) / 1e6,
                histogram.getMaxValue() / 1e6, histogram.getTotalCount() / seconds, sink);
    }
}
