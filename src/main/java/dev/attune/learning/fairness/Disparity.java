package dev.attune.learning.fairness;

/**
 * One favourable rate of a segment against the best-served segment of the same dimension.
 *
 * @param ratio   segment rate / best segment's rate, with its interval (lower, upper)
 * @param flagged the ratio is below the band and the segment has enough calls to say so
 */
public record Disparity(FavourableRate rate, String bestSegment, double ratio, double lower, double upper,
        boolean flagged) {
}
