package dev.attune.simulation.des;

import umontreal.ssj.probdist.StudentDist;

/**
 * One value per replication (a weekly count, a per-replication ratio): mean with a Student confidence
 * interval, as ContactCenters reports "means".
 */
public final class Sample {
    private int n;
    private double mean;
    private double m2;

    /** Welford's update, stable for the million-call sums a month produces. */
    public void add(double value) {
        n++;
        double delta = value - mean;
        mean += delta / n;
        m2 += delta * (value - mean);
    }

    public int size() {
        return n;
    }

    public double mean() {
        return n == 0 ? Double.NaN : mean;
    }

    public double variance() {
        return n < 2 ? Double.NaN : m2 / (n - 1);
    }

    public Estimate estimate(double level) {
        if (n < 2) {
            return new Estimate(mean(), Double.NaN, n);
        }
        double t = StudentDist.inverseF(n - 1, 0.5 + level / 2);
        return new Estimate(mean, t * Math.sqrt(variance() / n), n);
    }
}
