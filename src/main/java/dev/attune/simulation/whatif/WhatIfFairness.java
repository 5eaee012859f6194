package dev.attune.simulation.whatif;

import dev.attune.learning.fairness.Disparity;
import dev.attune.learning.fairness.SegmentReport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fairness audit of both sides of a what-if (every replication's callers pooled): which segments each
 * weight set would flag, and per segment its lowest adverse-impact ratio, so a workforce manager sees before
 * applying a change whether it would leave some customers worse served than the best-served segment.
 *
 * @param band          a ratio below it is flagged (the four-fifths rule by default)
 * @param newlyFlagged  flagged with the proposed weights but not with the current ones
 */
public record WhatIfFairness(double band, List<String> flaggedCurrent, List<String> flaggedProposed,
        List<String> newlyFlagged, List<Segment> segments) {

    /**
     * One segment under both weight sets.
     *
     * @param lowestCurrent the lowest ratio of its favourable rates to the best-served segment's (null if none compares)
     * @param rateCurrent   which rate that is (e.g. TOP_EMPATHY)
     */
    public record Segment(String dimension, String segment, long callsCurrent, long callsProposed,
            Double lowestCurrent, String rateCurrent, Double lowestProposed, String rateProposed,
            boolean flaggedCurrent, boolean flaggedProposed) {
    }

    static WhatIfFairness of(double band, List<SegmentReport> current, List<SegmentReport> proposed) {
        Map<String, SegmentReport> before = new LinkedHashMap<>();
        current.forEach(r -> before.put(key(r), r));
        List<Segment> segments = new ArrayList<>();
        for (SegmentReport after : proposed) {
            SegmentReport was = before.get(key(after));
            Disparity lowBefore = was == null ? null : lowest(was);
            Disparity lowAfter = lowest(after);
            segments.add(new Segment(after.dimension(), after.segment(), was == null ? 0 : was.measures().calls(),
                    after.measures().calls(), lowBefore == null ? null : lowBefore.ratio(),
                    lowBefore == null ? null : lowBefore.rate().name(), lowAfter == null ? null : lowAfter.ratio(),
                    lowAfter == null ? null : lowAfter.rate().name(), was != null && was.flagged(), after.flagged()));
        }
        List<String> flaggedBefore = flagged(current);
        List<String> flaggedAfter = flagged(proposed);
        return new WhatIfFairness(band, flaggedBefore, flaggedAfter,
                flaggedAfter.stream().filter(f -> !flaggedBefore.contains(f)).toList(), segments);
    }

    private static String key(SegmentReport report) {
        return report.dimension() + "=" + report.segment();
    }

    private static List<String> flagged(List<SegmentReport> reports) {
        return reports.stream().filter(SegmentReport::flagged).map(WhatIfFairness::key).toList();
    }

    private static Disparity lowest(SegmentReport report) {
        return report.disparities().stream().filter(d -> Double.isFinite(d.ratio()))
                .min(Comparator.comparingDouble(Disparity::ratio)).orElse(null);
    }
}
