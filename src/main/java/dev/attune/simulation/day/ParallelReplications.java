package dev.attune.simulation.day;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;

/**
 * Runs independent replications of one replay on a few threads. A replay is not thread-safe (one centre,
 * one clock, one set of streams), so each thread gets its own copy; results come back in replication order
 * whatever order the threads finish in.
 */
final class ParallelReplications {
    private ParallelReplications() {
    }

    static <T> List<T> run(LogReplay replay, int replications, int threads, BiFunction<LogReplay, Integer, T> task) {
        int workers = Math.max(1, Math.min(threads, replications));
        List<T> out = new ArrayList<>(replications);
        if (workers == 1) {
            for (int r = 0; r < replications; r++) {
                out.add(task.apply(replay, r));
            }
            return out;
        }
        ThreadLocal<LogReplay> copies = ThreadLocal.withInitial(replay::copy);
        ExecutorService pool = Executors.newFixedThreadPool(workers, runnable -> {
            Thread thread = new Thread(runnable, "replication");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<T>> futures = new ArrayList<>(replications);
            for (int r = 0; r < replications; r++) {
                int replication = r;
                futures.add(pool.submit(() -> task.apply(copies.get(), replication)));
            }
            for (Future<T> future : futures) {
                out.add(future.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("replications interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
