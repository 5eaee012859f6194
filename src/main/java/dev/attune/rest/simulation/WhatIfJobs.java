package dev.attune.rest.simulation;

import dev.attune.core.domain.RoutingWeights;
import dev.attune.simulation.whatif.JournalTraffic;
import dev.attune.simulation.whatif.WhatIfSimulator;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;

/**
 * Runs what-if jobs one at a time on a single background thread (a simulation uses a whole core; routing
 * must keep the other) and keeps the latest jobs for polling.
 */
@ApplicationScoped
public class WhatIfJobs {
    private static final Logger LOG = Logger.getLogger(WhatIfJobs.class);

    private final WhatIfSimulator simulator;
    private final WhatIfSettings settings;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "what-if");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        return thread;
    });
    private final Map<String, WhatIfJob> jobs = Collections.synchronizedMap(new LinkedHashMap<>());

    @Inject
    public WhatIfJobs(WhatIfSimulator simulator, WhatIfSettings settings) {
        this.simulator = simulator;
        this.settings = settings;
    }

    /** Queues a job, or returns empty when too many are waiting. @param traffic journalled traffic, or null for the day */
    public Optional<WhatIfJob> submit(RoutingWeights current, RoutingWeights proposed, long seed, int replications,
            JournalTraffic traffic) {
        WhatIfJob job;
        synchronized (jobs) {
            long unfinished = jobs.values().stream()
                    .filter(j -> j.status() == WhatIfJob.Status.QUEUED || j.status() == WhatIfJob.Status.RUNNING)
                    .count();
            if (unfinished > settings.maxQueued()) {
                return Optional.empty();
            }
            job = new WhatIfJob(UUID.randomUUID().toString(), Instant.now(), current, proposed, seed, replications,
                    traffic);
            jobs.put(job.id(), job);
            forgetOldFinishedJobs();
        }
        worker.submit(() -> run(job));
        return Optional.of(job);
    }

    /** Runs another kind of simulation on the same worker, after the jobs already queued: one at a time. */
    void runInTurn(Runnable task) {
        worker.submit(task);
    }

    public Optional<WhatIfJob> find(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    /** Newest first. */
    public List<WhatIfJob> recent() {
        List<WhatIfJob> all;
        synchronized (jobs) {
            all = new ArrayList<>(jobs.values());
        }
        Collections.reverse(all);
        return all;
    }

    private void run(WhatIfJob job) {
        job.running();
        try {
            JournalTraffic traffic = job.traffic();
            job.done(traffic == null
                    ? simulator.compare(job.currentWeights(), job.proposedWeights(), job.seed(), job.replications(),
                            job::progress)
                    : simulator.compare(traffic, job.currentWeights(), job.proposedWeights(), job.seed(),
                            job.replications(), job::progress));
        } catch (RuntimeException | Error e) {
            LOG.warnf(e, "What-if job %s failed", job.id());
            job.failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    private void forgetOldFinishedJobs() {
        var it = jobs.values().iterator();
        int excess = jobs.size() - settings.jobsKept();
        while (excess > 0 && it.hasNext()) {
            WhatIfJob job = it.next();
            if (job.status() == WhatIfJob.Status.DONE || job.status() == WhatIfJob.Status.FAILED) {
                it.remove();
                excess--;
            }
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
