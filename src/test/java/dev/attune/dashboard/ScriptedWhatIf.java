package dev.attune.dashboard;

import dev.attune.core.domain.RoutingWeights;
import dev.attune.rest.simulation.WhatIfComparison;
import dev.attune.rest.simulation.WhatIfComparison.Metric;
import dev.attune.rest.simulation.WhatIfSimulator;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.List;
import java.util.function.DoubleConsumer;

/** A simulator that reports progress and a fixed comparison, for page tests. Active under {@link ScriptedService}. */
@Alternative
@Priority(1)
@ApplicationScoped
public class ScriptedWhatIf implements WhatIfSimulator {
    @Override
    public WhatIfComparison compare(RoutingWeights current, RoutingWeights proposed, long seed, int replications,
            DoubleConsumer progress) {
        for (int step = 1; step <= 4; step++) {
            sleep(150);
            progress.accept(step / 4.0);
        }
        return new WhatIfComparison("scripted day, " + replications + " replications, seed " + seed, List.of(
                new Metric("serviceLevel", "Service level (answered in 20 s)", "share", true, 0.81, 0.79, 0.01, 0.012),
                new Metric("asa", "Average speed of answer", "seconds", false, 14.2, 15.1, 0.8, 0.9),
                new Metric("abandonment", "Abandonment", "share", false, 0.031, 0.033, 0.003, 0.003),
                new Metric("highCareTopEmpathy", "High-care callers served by top-quartile empathy", "share", true,
                        0.27, 0.58, 0.02, 0.03),
                new Metric("complaintRate", "Modelled complaint rate", "share", false, 0.024, 0.019, 0.002, 0.002)));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
