package dev.attune.rest.simulation;

import dev.attune.core.domain.RoutingWeights;
import dev.attune.simulation.whatif.TargetWhatIf;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Keeps the what-ifs against longest-idle and runs them on the what-if worker thread, behind any what-if already
 * queued there, so the service never runs two simulations at once (routing keeps the other core).
 */
@ApplicationScoped
public class TargetWhatIfJobs {
    private static final Logger LOG = Logger.getLogger(TargetWhatIfJobs.class);

    private final TargetWhatIf simulator;
    private final WhatIfJobs worker;
    private final TargetWhatIfSettings settings;
    private final Map<String, TargetWhatIfJob> jobs = Collections.synchronizedMap(new LinkedHashMap<>());

    @Inject
    public TargetWhatIfJobs(TargetWhatIf simulator, WhatIfJobs worker, TargetWhatIfSettings settings) {
        this.simulator = simulator;
        this.worker = worker;
        this.settings = settings;
    }

    /** Queues a job, or returns empty when too many are waiting. */
    Optional<TargetWhatIfJob> submit(RoutingWeights current, RoutingWeights proposed, String month, int days,
            int replications, long seed) {
        TargetWhatIfJob job = new TargetWhatIfJob(UUID.randomUUID().toString(), current, proposed, month, days,
                replications, seed);
        synchronized (jobs) {
            long unfinished = jobs.values().stream().filter(j -> j.status() == WhatIfJob.Status.QUEUED
                    || j.status() == WhatIfJob.Status.RUNNING).count();
            if (unfinished > settings.maxQueued()) {
                return Optional.empty();
            }
            jobs.put(job.id(), job);
            forgetOldFinishedJobs();
        }
        worker.runInTurn(() -> run(job));
        return Optional.of(job);
    }

    Optional<TargetWhatIfJob> find(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    private void run(TargetWhatIfJob job) {
        job.running();
        try {
            job.done(simulator.compare(job.currentWeights(), job.proposedWeights(), job.month(), job.days(),
                    job.replications(), job.seed(), job::progress));
        } catch (RuntimeException | Error e) {
            LOG.warnf(e, "What-if against longest-idle %s failed", job.id());
            job.failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    private void forgetOldFinishedJobs() {
        var it = jobs.values().iterator();
        int excess = jobs.size() - settings.jobsKept();
        while (excess > 0 && it.hasNext()) {
            WhatIfJob.Status status = it.next().status();
            if (status == WhatIfJob.Status.DONE || status == WhatIfJob.Status.FAILED) {
                it.remove();
                excess--;
            }
        }
    }
}
