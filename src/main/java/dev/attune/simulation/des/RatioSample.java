package dev.attune.simulation.des;

import umontreal.ssj.probdist.NormalDist;

/**
 * A ratio of averages over replications (service level = E[served in time] / E[arrivals]) with the
 * delta-method confidence interval ContactCenters uses for such "ratios of expectations".
 */
public final class RatioSample {
    private int n;
    private double sumX;
    private double sumY;
    private double sumXX;
    private double sumYY;
    private double sumXY;

    public void add(double numerator, double denominator) {
        n++;
        sumX += numerator;
        sumY += denominator;
        sumXX += numerator * numerator;
        sumYY += denominator * denominator;
        sumXY += numerator * denominator;
    }

    public int size() {
        return n;
    }

    public double ratio() {
        return sumY == 0 ? Double.NaN : sumX / sumY;
    }

    public Estimate estimate(double level) {
        double ratio = ratio();
        if (n < 2 || sumY == 0) {
            return new Estimate(ratio, Double.NaN, n);
        }
        double meanX = sumX / n;
        double meanY = sumY / n;
        double varX = (sumXX - n * meanX * meanX) / (n - 1);
        double varY = (sumYY - n * meanY * meanY) / (n - 1);
        double covXY = (sumXY - n * meanX * meanY) / (n - 1);
        double variance = Math.max(0, (varX - 2 * ratio * covXY + ratio * ratio * varY) / (meanY * meanY));
        double z = NormalDist.inverseF01(0.5 + level / 2);
        return new Estimate(ratio, z * Math.sqrt(variance / n), n);
    }
}
