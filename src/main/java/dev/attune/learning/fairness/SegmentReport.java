package dev.attune.learning.fairness;

import java.util.List;

/**
 * How one segment (e.g. dimension "language", segment "es") was served.
 *
 * @param flagged any of its disparities is flagged
 */
public record SegmentReport(String dimension, String segment, Measures measures, List<Disparity> disparities,
        boolean flagged) {
}
