package dev.attune.rest.simulation;

import dev.attune.core.domain.RoutingWeights;
import dev.attune.simulation.whatif.TargetComparison;
import java.time.Instant;
import java.util.Map;

/** A what-if against longest-idle: what was asked, how far it got, and what it found. */
public final class TargetWhatIfJob extends SimulationJob<TargetComparison> {
    private final RoutingWeights current;
    private final RoutingWeights proposed;
    private final String month;
    private final int days;
    private final int replications;
    private final long seed;

    TargetWhatIfJob(String id, Instant submittedAt, RoutingWeights current, RoutingWeights proposed, String month,
            int days, int replications, long seed) {
        super(id, submittedAt);
        this.current = current;
        this.proposed = proposed;
        this.month = month;
        this.days = days;
        this.replications = replications;
        this.seed = seed;
    }

    RoutingWeights currentWeights() { return current; }
    RoutingWeights proposedWeights() { return proposed; }
    String month() { return month; }
    int days() { return days; }
    int replications() { return replications; }
    long seed() { return seed; }

    /** What the REST API shows of the job: weights keyed by the names workforce managers see. */
    public View view() {
        return new View(id(), status(), progress(), submittedAt(), finishedAt(), month, days, replications, seed,
                WhatIfJob.byDisplayName(current), WhatIfJob.byDisplayName(proposed), result(), error());
    }

    public record View(String id, Status status, double progress, Instant submittedAt, Instant finishedAt,
            String month, int days, int replications, long seed, Map<String, Long> current,
            Map<String, Long> proposed, TargetComparison result, String error) {
    }
}
