package dev.attune.learning.fairness;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/** The interval formulas of the audit and the benchmark report, all at one level. */
public final class Intervals {
    private final double level;
    private final double z;

    public Intervals(double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be in (0, 1), was " + level);
        }
        this.level = level;
        this.z = new NormalDistribution().inverseCumulativeProbability(0.5 + level / 2);
    }

    public double level() {
        return level;
    }

    /** A proportion with its Wilson score interval, which stays inside 0-1 and behaves for small counts. */
    public Estimate rate(long hits, long n) {
        if (n == 0) {
            return Estimate.none();
        }
        double p = hits / (double) n;
        double z2 = z * z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return new Estimate(p, Math.max(0, centre - half), Math.min(1, centre + half), n, Math.sqrt(p * (1 - p) / n));
    }

    /** A mean with its Student t interval. */
    public Estimate mean(SummaryStatistics values) {
        long n = values.getN();
        if (n == 0) {
            return Estimate.none();
        }
        double se = n > 1 ? values.getStandardDeviation() / Math.sqrt(n) : Double.NaN;
        double half = n > 1 ? new TDistribution(n - 1).inverseCumulativeProbability(0.5 + level / 2) * se : Double.NaN;
        return new Estimate(values.getMean(), values.getMean() - half, values.getMean() + half, n, se);
    }

    /**
     * A weighted mean Σx / Σw (the care-weighted empathy of the answering agents) with a delta-method interval,
     * as a ratio estimator: its variance comes from the residuals x - R w.
     */
    public Estimate ratio(double[] x, double[] w) {
        int n = x.length;
        double sx = 0;
        double sw = 0;
        for (int i = 0; i < n; i++) {
            sx += x[i];
            sw += w[i];
        }
        if (n < 2 || sw <= 0) {
            return n == 0 || sw <= 0 ? Estimate.none() : new Estimate(sx / sw, Double.NaN, Double.NaN, n, Double.NaN);
        }
        double r = sx / sw;
        double squares = 0;
        for (int i = 0; i < n; i++) {
            squares += (x[i] - r * w[i]) * (x[i] - r * w[i]);
        }
        double meanW = sw / n;
        double se = Math.sqrt(squares / (n - 1) / n) / meanW;
        return new Estimate(r, r - z * se, r + z * se, n, se);
    }

    /**
     * The ratio of two proportions a / b with the Katz log interval; half a call is added to an empty count so
     * the interval exists. NaN when either rests on no calls.
     */
    public double[] rateRatio(long hitsA, long nA, long hitsB, long nB) {
        if (nA == 0 || nB == 0 || hitsB == 0) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN};
        }
        double a = Math.max(hitsA, 0.5);
        double ratio = (hitsA / (double) nA) / (hitsB / (double) nB);
        double se = Math.sqrt(1 / a - 1.0 / nA + 1.0 / hitsB - 1.0 / nB);
        double log = Math.log(Math.max(ratio, 0.5 / nA / (hitsB / (double) nB)));
        return new double[] {ratio, Math.exp(log - z * se), Math.exp(log + z * se)};
    }

    /** The difference a - b of two independent estimates with its normal interval. */
    public Estimate difference(Estimate a, Estimate b) {
        if (a.n() == 0 || b.n() == 0) {
            return Estimate.none();
        }
        double d = a.value() - b.value();
        double se = Math.sqrt(a.standardError() * a.standardError() + b.standardError() * b.standardError());
        return new Estimate(d, d - z * se, d + z * se, a.n() + b.n(), se);
    }
}
