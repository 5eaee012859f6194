package dev.attune.text;

/**
 * Platt scaling: a raw classifier score turned into a probability that matches observed frequencies,
 * p = 1 / (1 + exp(-(slope * score + intercept))). Slope and intercept are fitted on held-out data at
 * training time (a one-feature logistic regression in LIBLINEAR).
 */
public record Platt(double slope, double intercept) {
    public double probability(double score) {
        return 1 / (1 + Math.exp(-(slope * score + intercept)));
    }
}
