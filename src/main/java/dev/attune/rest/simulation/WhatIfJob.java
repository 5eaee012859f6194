package dev.attune.rest.simulation;

import dev.attune.core.domain.RoutingConstraint;
import dev.attune.core.domain.RoutingWeights;
import dev.attune.simulation.whatif.JournalTraffic;
import dev.attune.simulation.whatif.WhatIfComparison;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A what-if of proposed weights against the weights in force: what was asked, how far it got, what it found. */
public final class WhatIfJob extends SimulationJob<WhatIfComparison> {
    private final RoutingWeights current;
    private final RoutingWeights proposed;
    private final long seed;
    private final int replications;
    private final String source;
    /** Held until the job has run: a long period is many calls. */
    private volatile JournalTraffic traffic;

    WhatIfJob(String id, Instant submittedAt, RoutingWeights current, RoutingWeights proposed, long seed, int replications,
            JournalTraffic traffic) {
        super(id, submittedAt);
        this.current = current;
        this.proposed = proposed;
        this.seed = seed;
        this.replications = replications;
        this.traffic = traffic;
        this.source = traffic == null ? "day" : "journal";
    }

    @Override
    protected void finished() {
        traffic = null;
    }

    public long seed() { return seed; }
    public int replications() { return replications; }
    public String source() { return source; }
    JournalTraffic traffic() { return traffic; }
    RoutingWeights currentWeights() { return current; }
    RoutingWeights proposedWeights() { return proposed; }

    /** What the REST API shows of the job: weights keyed by the names workforce managers see. */
    public View view() {
        return new View(id(), status(), progress(), submittedAt(), finishedAt(), seed, replications, source,
                byDisplayName(current), byDisplayName(proposed), result(), error());
    }

    public record View(
            String id,
            Status status,
            double progress,
            Instant submittedAt,
            Instant finishedAt,
            long seed,
            int replications,
            String source,
            Map<String, Long> current,
            Map<String, Long> proposed,
            WhatIfComparison result,
            String error) {
    }

    static Map<String, Long> byDisplayName(RoutingWeights weights) {
        Map<String, Long> named = new LinkedHashMap<>();
        for (RoutingConstraint constraint : RoutingConstraint.values()) {
            named.put(constraint.displayName(), weights.of(constraint));
        }
        return named;
    }
}
