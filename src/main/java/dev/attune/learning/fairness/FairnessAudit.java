package dev.attune.learning.fairness;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The fairness audit: per segment of every dimension, how its calls were served, and each favourable rate
 * against the best-served segment of that dimension (an adverse-impact ratio with its Katz interval); a ratio
 * under the band, on enough calls, is flagged. The same code audits the journal, the simulator and the what-if.
 */
public final class FairnessAudit {
    private final FairnessRules rules;
    private final Intervals intervals;

    public FairnessAudit(FairnessRules rules) {
        this.rules = rules;
        this.intervals = new Intervals(rules.level());
    }

    public List<SegmentReport> audit(List<SegmentedCall> calls) {
        Map<String, Function<SegmentedCall, String>> dimensions = new LinkedHashMap<>();
        dimensions.put("language", SegmentedCall::language);
        dimensions.put("vulnerable", call -> Boolean.toString(call.vulnerable()));
        dimensions.put("product", SegmentedCall::productCode);
        dimensions.put("priority", call -> Integer.toString(call.priority()));
        for (String attribute : rules.attributes()) {
            dimensions.put(attribute, call -> call.attributes().get(attribute));
        }
        List<SegmentReport> reports = new ArrayList<>();
        dimensions.forEach((dimension, segmentOf) -> reports.addAll(dimension(dimension, segmentOf, calls)));
        return reports;
    }

    private List<SegmentReport> dimension(String dimension, Function<SegmentedCall, String> segmentOf,
            List<SegmentedCall> calls) {
        Map<String, Tally> tallies = new TreeMap<>();
        for (SegmentedCall call : calls) {
            String segment = segmentOf.apply(call);
            if (segment != null && call.settled()) {
                tallies.computeIfAbsent(segment, s -> new Tally()).add(call);
            }
        }
        List<SegmentReport> reports = new ArrayList<>();
        for (Map.Entry<String, Tally> entry : tallies.entrySet()) {
            List<Disparity> disparities = new ArrayList<>();
            for (FavourableRate rate : FavourableRate.values()) {
                Disparity disparity = disparity(rate, entry.getValue(), tallies);
                if (disparity != null) {
                    disparities.add(disparity);
                }
            }
            reports.add(new SegmentReport(dimension, entry.getKey(), entry.getValue().measures(intervals),
                    disparities, disparities.stream().anyMatch(Disparity::flagged)));
        }
        return reports;
    }

    /** Against the best-served segment with enough calls; null when the rate cannot be compared. */
    private Disparity disparity(FavourableRate rate, Tally segment, Map<String, Tally> tallies) {
        String best = null;
        double bestRate = -1;
        for (Map.Entry<String, Tally> entry : tallies.entrySet()) {
            long[] counts = entry.getValue().favourable(rate);
            if (counts[1] >= rules.minimumCalls() && counts[0] / (double) counts[1] > bestRate) {
                best = entry.getKey();
                bestRate = counts[0] / (double) counts[1];
            }
        }
        long[] own = segment.favourable(rate);
        if (best == null || bestRate == 0 || own[1] == 0) {
            return null;
        }
        long[] top = tallies.get(best).favourable(rate);
        double[] ratio = intervals.rateRatio(own[0], own[1], top[0], top[1]);
        boolean flagged = own[1] >= rules.minimumCalls() && ratio[0] < rules.band();
        return new Disparity(rate, best, ratio[0], ratio[1], ratio[2], flagged);
    }
}
