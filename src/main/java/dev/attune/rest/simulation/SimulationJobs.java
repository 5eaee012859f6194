package dev.attune.rest.simulation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * The jobs of one kind of simulation: at most {@code maxQueued} waiting beyond the running one, each run on the
 * {@link SimulationWorker} with its failure recorded on the job rather than thrown, and the latest {@code kept}
 * finished ones kept for polling.
 *
 * @param <R> what a job finds
 * @param <J> the job, with what was asked
 */
final class SimulationJobs<R, J extends SimulationJob<R>> {
    private static final Logger LOG = Logger.getLogger(SimulationJobs.class);

    private final String kind;
    private final SimulationWorker worker;
    private final int maxQueued;
    private final int kept;
    private final Map<String, J> jobs = Collections.synchronizedMap(new LinkedHashMap<>());

    /** @param kind what the log calls a job of this kind when it fails */
    SimulationJobs(String kind, SimulationWorker worker, int maxQueued, int kept) {
        this.kind = kind;
        this.worker = worker;
        this.maxQueued = maxQueued;
        this.kept = kept;
    }

    /**
     * Queues a job, or returns empty when too many are waiting.
     *
     * @param create the job, given its new id and submission time
     * @param work   runs the job's simulation, telling the job its progress
     */
    Optional<J> submit(BiFunction<String, Instant, J> create, Function<J, R> work) {
        J job;
        synchronized (jobs) {
            if (jobs.values().stream().filter(SimulationJob::unfinished).count() > maxQueued) {
                return Optional.empty();
            }
            job = create.apply(UUID.randomUUID().toString(), Instant.now());
            jobs.put(job.id(), job);
            forgetOldFinishedJobs();
        }
        worker.runInTurn(() -> run(job, work));
        return Optional.of(job);
    }

    Optional<J> find(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    /** Newest first. */
    List<J> recent() {
        List<J> all;
        synchronized (jobs) {
            all = new ArrayList<>(jobs.values());
        }
        Collections.reverse(all);
        return all;
    }

    private void run(J job, Function<J, R> work) {
        job.running();
        try {
            job.done(work.apply(job));
        } catch (RuntimeException | Error e) {
            LOG.warnf(e, "%s %s failed", kind, job.id());
            job.failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    private void forgetOldFinishedJobs() {
        var it = jobs.values().iterator();
        int excess = jobs.size() - kept;
        while (excess > 0 && it.hasNext()) {
            if (!it.next().unfinished()) {
                it.remove();
                excess--;
            }
        }
    }
}
