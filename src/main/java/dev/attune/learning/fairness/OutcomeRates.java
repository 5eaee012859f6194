package dev.attune.learning.fairness;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a pool's calls of one product were served and how they ended (resolution, complaint, transfer, CSAT, with
 * intervals); a row with no product is the whole pool. What the ops dashboard's outcome tiles show.
 */
public record OutcomeRates(String poolId, String productCode, Measures measures) {

    /** Per pool, its total first, then each product by code. */
    public static List<OutcomeRates> of(List<SegmentedCall> calls, double level) {
        Intervals intervals = new Intervals(level);
        Map<String, Map<String, Tally>> byPool = new TreeMap<>();
        Map<String, Tally> totals = new TreeMap<>();
        for (SegmentedCall call : calls) {
            totals.computeIfAbsent(call.poolId(), p -> new Tally()).add(call);
            byPool.computeIfAbsent(call.poolId(), p -> new TreeMap<>())
                    .computeIfAbsent(call.productCode(), p -> new Tally()).add(call);
        }
        List<OutcomeRates> rates = new ArrayList<>();
        totals.forEach((pool, total) -> {
            rates.add(new OutcomeRates(pool, null, total.measures(intervals)));
            byPool.get(pool).forEach((product, tally) -> rates.add(new OutcomeRates(pool, product, tally.measures(intervals))));
        });
        return rates;
    }
}
