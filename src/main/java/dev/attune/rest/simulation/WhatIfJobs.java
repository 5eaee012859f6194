package dev.attune.rest.simulation;

import dev.attune.core.domain.RoutingWeights;
import dev.attune.simulation.whatif.JournalTraffic;
import dev.attune.simulation.whatif.WhatIfComparison;
import dev.attune.simulation.whatif.WhatIfSimulator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** The what-ifs of proposed weights against the weights in force, run in turn on the {@link SimulationWorker}. */
@ApplicationScoped
public class WhatIfJobs {
    private final WhatIfSimulator simulator;
    private final SimulationJobs<WhatIfComparison, WhatIfJob> jobs;

    @Inject
    public WhatIfJobs(WhatIfSimulator simulator, WhatIfSettings settings, SimulationWorker worker) {
        this.simulator = simulator;
        this.jobs = new SimulationJobs<>("What-if job", worker, settings.maxQueued(), settings.jobsKept());
    }

    /** Queues a job, or returns empty when too many are waiting. @param traffic journalled traffic, or null for the day */
    public Optional<WhatIfJob> submit(RoutingWeights current, RoutingWeights proposed, long seed, int replications,
            JournalTraffic traffic) {
        return jobs.submit((id, at) -> new WhatIfJob(id, at, current, proposed, seed, replications, traffic),
                this::run);
    }

    public Optional<WhatIfJob> find(String id) {
        return jobs.find(id);
    }

    /** Newest first. */
    public List<WhatIfJob> recent() {
        return jobs.recent();
    }

    private WhatIfComparison run(WhatIfJob job) {
        JournalTraffic traffic = job.traffic();
        return traffic == null
                ? simulator.compare(job.currentWeights(), job.proposedWeights(), job.seed(), job.replications(),
                        job::progress)
                : simulator.compare(traffic, job.currentWeights(), job.proposedWeights(), job.seed(),
                        job.replications(), job::progress);
    }
}
