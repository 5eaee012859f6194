package dev.attune.rest.simulation;

import dev.attune.core.domain.RoutingWeights;
import dev.attune.simulation.whatif.TargetComparison;
import java.time.Instant;
import java.util.Map;

/** A what-if against longest-idle run in the background: what was asked, how far it got, and what it found. */
public final class TargetWhatIfJob {
    private final String id;
    private final Instant submittedAt;
    private final RoutingWeights current;
    private final RoutingWeights proposed;
    private final String month;
    private final int days;
    private final int replications;
    private final long seed;
    private volatile WhatIfJob.Status status = WhatIfJob.Status.QUEUED;
    private volatile double progress;
    private volatile Instant finishedAt;
    private volatile TargetComparison result;
    private volatile String error;

    TargetWhatIfJob(String id, RoutingWeights current, RoutingWeights proposed, String month, int days,
            int replications, long seed) {
        this.id = id;
        this.submittedAt = Instant.now();
        this.current = current;
        this.proposed = proposed;
        this.month = month;
        this.days = days;
        this.replications = replications;
        this.seed = seed;
    }

    void running() {
        status = WhatIfJob.Status.RUNNING;
    }

    void progress(double share) {
        progress = Math.max(progress, Math.min(1, Math.max(0, share)));
    }

    void done(TargetComparison comparison) {
        result = comparison;
        progress = 1;
        finishedAt = Instant.now();
        status = WhatIfJob.Status.DONE;
    }

    void failed(String message) {
        error = message;
        finishedAt = Instant.now();
        status = WhatIfJob.Status.FAILED;
    }

    String id() { return id; }
    WhatIfJob.Status status() { return status; }
    RoutingWeights currentWeights() { return current; }
    RoutingWeights proposedWeights() { return proposed; }
    String month() { return month; }
    int days() { return days; }
    int replications() { return replications; }
    long seed() { return seed; }

    /** What the REST API shows of the job: weights keyed by the names workforce managers see. */
    public View view() {
        return new View(id, status, progress, submittedAt, finishedAt, month, days, replications, seed,
                WhatIfJob.byDisplayName(current), WhatIfJob.byDisplayName(proposed), result, error);
    }

    public record View(String id, WhatIfJob.Status status, double progress, Instant submittedAt, Instant finishedAt,
            String month, int days, int replications, long seed, Map<String, Long> current,
            Map<String, Long> proposed, TargetComparison result, String error) {
    }
}
