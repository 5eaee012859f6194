package dev.attune.simulation.whatif;

import java.util.List;

/**
 * The same simulated day routed with the current weights and with the proposed ones (common random
 * numbers, so the difference is the weights, not luck).
 *
 * @param fairness the fairness audit of both sides, per customer segment
 * @param scenario what was simulated, in words (e.g. "synthetic weekday (2,110 calls, 60 agents), 3 replications, seed 42")
 */
public record WhatIfComparison(String scenario, List<Metric> metrics, WhatIfFairness fairness) {

    public WhatIfComparison {
        metrics = List.copyOf(metrics);
    }

    /**
     * One metric under both weight sets, with the half-width of its 95% confidence interval over
     * replications (null with a single replication), and the proposed-minus-current difference paired by
     * replication: its interval is much narrower than either side's, because both sides met the same callers
     * and agents, so it is what says whether a change is real.
     *
     * @param unit           "share" (0-1), "seconds" or "score" (0-1, not a share of calls)
     * @param higherIsBetter whether a rise is good news (service level) or bad (abandonment)
     */
    public record Metric(
            String name,
            String label,
            String unit,
            boolean higherIsBetter,
            double current,
            double proposed,
            Double currentHalfWidth,
            Double proposedHalfWidth,
            double difference,
            Double differenceHalfWidth) {
    }
}
