package dev.attune.learning.fairness;

/**
 * A rate or mean with its interval.
 *
 * @param n             how many calls it rests on (the rate's denominator)
 * @param standardError for differences between two estimates (normal approximation); NaN when n is 0
 */
public record Estimate(double value, double lower, double upper, long n, double standardError) {
    public static Estimate none() {
        return new Estimate(Double.NaN, Double.NaN, Double.NaN, 0, Double.NaN);
    }
}
