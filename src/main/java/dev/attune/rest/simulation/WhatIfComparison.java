package dev.attune.rest.simulation;

import java.util.List;

/**
 * The same simulated day routed with the current weights and with the proposed ones (common random
 * numbers, so the difference is the weights, not luck).
 *
 * @param scenario what was simulated, in words (e.g. "synthetic day, 3 replications, seed 42")
 */
public record WhatIfComparison(String scenario, List<Metric> metrics) {

    public WhatIfComparison {
        metrics = List.copyOf(metrics);
    }

    /**
     * One metric under both weight sets, with the half-width of its 95% confidence interval over
     * replications (null with a single replication).
     *
     * @param unit           "share" (0-1), "seconds" or "count"
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
            Double proposedHalfWidth) {
    }
}
