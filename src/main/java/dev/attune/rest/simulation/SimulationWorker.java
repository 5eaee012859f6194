package dev.attune.rest.simulation;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The one background thread every what-if runs on, in turn: a simulation uses a whole core, and routing must keep
 * the other, so the service never runs two at once.
 */
@ApplicationScoped
public class SimulationWorker {
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "what-if");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        return thread;
    });

    /** Runs the task after those already queued. */
    void runInTurn(Runnable task) {
        worker.submit(task);
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
