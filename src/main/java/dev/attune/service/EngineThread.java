package dev.attune.service;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The one thread that touches the engine ("attune-engine"). Work runs there in the order it was handed
 * over, ticks in between, so the engine never sees two callers at once and a pool's decisions leave in the
 * order they were made.
 */
final class EngineThread {
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(
            EngineThread::daemon);
    private ScheduledFuture<?> ticking;

    /** Runs the work on the engine thread; the stage fails with what it threw, or when the thread is gone. */
    <T> CompletionStage<T> call(Callable<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        try {
            executor.execute(() -> {
                try {
                    result.complete(work.call());
                } catch (Throwable e) {
                    result.completeExceptionally(e);
                }
            });
        } catch (RuntimeException rejected) {
            result.completeExceptionally(rejected);
        }
        return result;
    }

    /** Ticks with this much rest between the end of one tick and the start of the next. */
    void tickEvery(Duration interval, Runnable tick) {
        long millis = interval.toMillis();
        ticking = executor.scheduleWithFixedDelay(tick, millis, millis, TimeUnit.MILLISECONDS);
    }

    boolean ticking() {
        return ticking != null;
    }

    /** Stops ticking, runs the last work (closing the engine, at most {@code timeout}), then ends the thread. */
    void shutdown(Callable<Void> last, Duration timeout) {
        if (ticking != null) {
            ticking.cancel(false);
        }
        call(last).toCompletableFuture().orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .exceptionally(e -> null).join();
        executor.shutdown();
    }

    private static Thread daemon(Runnable runnable) {
        Thread thread = new Thread(runnable, "attune-engine");
        thread.setDaemon(true);
        return thread;
    }
}
