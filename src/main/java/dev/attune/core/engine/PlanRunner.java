package dev.attune.core.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Keeps each pool's background plan: STEPPED solves in the tick on the engine clock; BACKGROUND solves on
 * its own thread from snapshots taken under the pool's lock and leaves the result for the next tick; either
 * way a failed or late solve sends the pool to the longest-idle fallback until a plan succeeds again.
 */
final class PlanRunner implements AutoCloseable {
    private final Clock clock;
    private final PlanMode mode;
    private final Planner injectedPlanner;
    private final Supplier<EngineConfig> config;
    private final Supplier<List<PoolSlot>> slots;
    private final ScheduledExecutorService background;
    private volatile Planner planner;

    PlanRunner(Clock clock, PlanMode mode, Planner injectedPlanner, Supplier<EngineConfig> config,
            Supplier<List<PoolSlot>> slots) {
        this.clock = clock;
        this.mode = mode;
        this.injectedPlanner = injectedPlanner;
        this.config = config;
        this.slots = slots;
        if (mode == PlanMode.BACKGROUND) {
            background = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "attune-planner");
                thread.setDaemon(true);
                return thread;
            });
            long interval = config.get().policy().planInterval().toMillis();
            background.scheduleWithFixedDelay(this::planRound, interval, interval, TimeUnit.MILLISECONDS);
        } else {
            background = null;
        }
    }

    /** In the tick, under the pool's lock: solve now (STEPPED) or adopt what the planner thread left. */
    void inTick(PoolSlot slot, Instant now, List<RoutingDirective> out) {
        if (mode == PlanMode.STEPPED) {
            planNow(slot, now, out);
        } else if (mode == PlanMode.BACKGROUND) {
            collectPlan(slot, now, out);
        }
    }

    /** STEPPED: solve synchronously when the plan interval has passed on the engine clock. */
    private void planNow(PoolSlot slot, Instant now, List<RoutingDirective> out) {
        Pool pool = slot.pool;
        Instant last = pool.lastSnapshotAt();
        if (last != null && Duration.between(last, now).compareTo(config.get().policy().planInterval()) < 0) {
            return;
        }
        Pool.PlanInput input = pool.planInput(now);
        if (input == null) {
            return;
        }
        try {
            Map<String, String> assignments = planner().solve(input.snapshot());
            pool.adopt(PoolPlan.of(now, assignments), now, out);
        } catch (RuntimeException e) {
            pool.planFailed("the solver failed: " + describe(e), now, out);
        }
    }

    /** BACKGROUND, on the planner thread: snapshot each pool under its lock, solve outside it, leave the result. */
    private void planRound() {
        for (PoolSlot slot : slots.get()) {
            Pool.PlanInput input;
            slot.lock.lock();
            try {
                slot.pool.configure(config.get());
                input = slot.pool.planInput(clock.instant());
                if (input != null) {
                    slot.pool.solveStarted(input.at());
                }
            } finally {
                slot.lock.unlock();
            }
            if (input != null) {
                solve(slot, input);
            }
            if (Thread.currentThread().isInterrupted()) {
                return;
            }
        }
    }

    private void solve(PoolSlot slot, Pool.PlanInput input) {
        PoolPlan plan = null;
        String failure = null;
        try {
            plan = PoolPlan.of(input.at(), planner().solve(input.snapshot()));
        } catch (RuntimeException e) {
            failure = "the solver failed: " + describe(e);
        }
        slot.lock.lock();
        try {
            Instant started = slot.pool.solveStartedAt();
            slot.pool.solveFinished();
            Duration took = started == null ? Duration.ZERO : Duration.between(started, clock.instant());
            Duration deadline = config.get().policy().planDeadline();
            if (failure == null && took.compareTo(deadline) > 0) {
                failure = "the solver missed its deadline (" + took.toMillis() + " ms > " + deadline.toMillis()
                        + " ms)";
            }
            slot.readyPlan = failure == null ? plan : null;
            slot.readyFailure = failure;
        } finally {
            slot.lock.unlock();
        }
    }

    /** BACKGROUND, in tick: adopt what the planner thread left, or notice that it is late. */
    private void collectPlan(PoolSlot slot, Instant now, List<RoutingDirective> out) {
        Pool pool = slot.pool;
        if (slot.readyFailure != null) {
            String failure = slot.readyFailure;
            slot.readyFailure = null;
            pool.planFailed(failure, now, out);
        } else if (slot.readyPlan != null) {
            PoolPlan plan = slot.readyPlan;
            slot.readyPlan = null;
            pool.adopt(plan, now, out);
        }
        Instant started = pool.solveStartedAt();
        if (started != null) {
            Duration running = Duration.between(started, now);
            if (running.compareTo(config.get().policy().planDeadline()) > 0 && pool.fallbackReason() == null) {
                pool.planFailed("the solver missed its deadline (running " + running.toMillis() + " ms)", now, out);
            }
        }
    }

    private Planner planner() {
        Planner current = planner;
        if (current == null) {
            synchronized (this) {
                current = planner;
                if (current == null) {
                    current = injectedPlanner != null ? injectedPlanner
                            : new TimefoldPlanner(config.get().policy(), mode);
                    planner = current;
                }
            }
        }
        return current;
    }

    @Override
    public void close() {
        if (background != null) {
            background.shutdownNow();
            try {
                background.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Planner current = planner;
        if (current != null) {
            current.close();
        }
    }

    private static String describe(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": "
                + e.getMessage();
    }
}
