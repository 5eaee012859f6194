package dev.attune.load;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether the service's consumer lag grew over a step. Committed offsets move in jumps (every commit), so the
 * lag is a saw-tooth around a level set by the rate and the commit interval even when the service keeps up;
 * a least-squares slope through a minute of samples looks through the teeth. The lag "grows" when the fitted
 * rise over the step is more than a quarter of its mean level (and more than a few records): a service short
 * by 1% of a 1,000 calls/s input still passes here, and is caught by the offer rate instead.
 */
final class LagTrend {
    private static final double RISE_SHARE = 0.25;
    private static final double MIN_RISE = 200;

    private final List<double[]> samples = new ArrayList<>();

    /** One reading, {@code seconds} since the step began; a failed reading (-1) is skipped. */
    synchronized void add(double seconds, long lag) {
        if (lag >= 0) {
            samples.add(new double[] {seconds, lag});
        }
    }

    /** Records per second, fitted; NaN with fewer than five readings. */
    synchronized double slope() {
        int n = samples.size();
        if (n < 5) {
            return Double.NaN;
        }
        double meanT = 0;
        double meanLag = 0;
        for (double[] s : samples) {
            meanT += s[0] / n;
            meanLag += s[1] / n;
        }
        double covariance = 0;
        double variance = 0;
        for (double[] s : samples) {
            covariance += (s[0] - meanT) * (s[1] - meanLag);
            variance += (s[0] - meanT) * (s[0] - meanT);
        }
        return variance == 0 ? Double.NaN : covariance / variance;
    }

    synchronized double mean() {
        return samples.stream().mapToDouble(s -> s[1]).average().orElse(Double.NaN);
    }

    /** True when the lag rose over the step by more than its saw-tooth explains; false when unknown. */
    synchronized boolean grows() {
        double slope = slope();
        if (Double.isNaN(slope)) {
            return false;
        }
        double span = samples.get(samples.size() - 1)[0] - samples.get(0)[0];
        double rise = slope * span;
        return rise > MIN_RISE && rise > RISE_SHARE * mean();
    }
}
