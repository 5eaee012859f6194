package dev.attune.rest;

import dev.attune.learning.fairness.SegmentReport;
import java.time.Instant;
import java.util.List;

/**
 * The fairness audit of a period.
 *
 * @param calls   the calls that arrived in the period and were answered or abandoned
 * @param flagged the segments with a flagged disparity, as "dimension=segment"
 */
public record FairnessView(Instant from, Instant to, String pool, double band, int minimumCalls, double intervalLevel,
        long calls, List<String> flagged, List<SegmentReport> segments) {
}
