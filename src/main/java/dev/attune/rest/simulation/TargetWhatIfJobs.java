package dev.attune.rest.simulation;

import dev.attune.core.domain.RoutingWeights;
import dev.attune.simulation.whatif.TargetComparison;
import dev.attune.simulation.whatif.TargetWhatIf;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The what-ifs against longest-idle, run on the {@link SimulationWorker} behind any what-if already queued there, so
 * the service never runs two simulations at once.
 */
@ApplicationScoped
public class TargetWhatIfJobs {
    private final TargetWhatIf simulator;
    private final SimulationJobs<TargetComparison, TargetWhatIfJob> jobs;

    @Inject
    public TargetWhatIfJobs(TargetWhatIf simulator, SimulationWorker worker, TargetWhatIfSettings settings) {
        this.simulator = simulator;
        this.jobs = new SimulationJobs<>("What-if against longest-idle", worker, settings.maxQueued(),
                settings.jobsKept());
    }

    /** Queues a job, or returns empty when too many are waiting. */
    Optional<TargetWhatIfJob> submit(RoutingWeights current, RoutingWeights proposed, String month, int days,
            int replications, long seed) {
        return jobs.submit((id, at) -> new TargetWhatIfJob(id, at, current, proposed, month, days, replications, seed),
                job -> simulator.compare(job.currentWeights(), job.proposedWeights(), job.month(), job.days(),
                        job.replications(), job.seed(), job::progress));
    }

    Optional<TargetWhatIfJob> find(String id) {
        return jobs.find(id);
    }
}
