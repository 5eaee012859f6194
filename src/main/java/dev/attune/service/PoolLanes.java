package dev.attune.service;

import dev.attune.core.engine.BatchOutcome;
import dev.attune.core.engine.RoutingDirective;
import dev.attune.core.engine.event.AgentProfileChanged;
import dev.attune.core.engine.event.AgentRemoved;
import dev.attune.core.engine.event.RoutingEvent;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Applies one batch with each pool's events on a thread of its own, when the core's pools are independent
 * ({@link RoutingCore#poolsIndependent()}): pools share no agent and no call, so each pool's events and its
 * joint decision are exactly what the one-thread {@link RoutingCore#applyAll} makes of them, only side by side.
 * The engine thread takes one pool itself and waits for the others, so everything after the batch (dedupe,
 * publishing, the journal) stays on it, in order. A pool is never split: its events stay on one thread, in
 * order. A batch with a profile change or a removal (which may move an agent from one pool to another) or an
 * event without a pool is applied on the engine thread alone, as before.
 */
@Singleton
public class PoolLanes {
    private final ExecutorService helpers;

    @Inject
    public PoolLanes(HostSettings settings) {
        this(settings.poolLanes());
    }

    /** @param lanes how many threads may apply one batch, the engine thread included (attune.engine.pool-lanes) */
    public PoolLanes(int lanes) {
        if (lanes < 1) {
            throw new IllegalArgumentException("attune.engine.pool-lanes must be at least 1, was " + lanes);
        }
        AtomicInteger count = new AtomicInteger();
        this.helpers = lanes == 1 ? null : Executors.newFixedThreadPool(lanes - 1, runnable -> {
            Thread thread = new Thread(runnable, "attune-lane-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Every batch on the engine thread alone: what a host without lanes does. */
    public static PoolLanes none() {
        return new PoolLanes(1);
    }

    /** As {@link RoutingCore#applyAll}: directives pool by pool (in each pool's order), rejections by index. */
    public BatchOutcome applyAll(RoutingCore core, List<RoutingEvent> events) {
        Map<String, List<Integer>> byPool = helpers == null || !core.poolsIndependent() ? null : byPool(events);
        if (byPool == null || byPool.size() < 2) {
            return core.applyAll(events);
        }
        List<List<Integer>> lanes = new ArrayList<>(byPool.values());
        List<CompletableFuture<BatchOutcome>> others = new ArrayList<>(lanes.size() - 1);
        for (List<Integer> lane : lanes.subList(1, lanes.size())) {
            others.add(CompletableFuture.supplyAsync(() -> core.applyAll(select(events, lane)), helpers));
        }
        List<BatchOutcome> outcomes = new ArrayList<>(lanes.size());
        RuntimeException failure = null;
        try {
            outcomes.add(core.applyAll(select(events, lanes.get(0))));
        } catch (RuntimeException e) {
            failure = e;
        }
        // Wait for every lane even after a failure: the host goes on only once no lane touches the engine.
        for (CompletableFuture<BatchOutcome> other : others) {
            try {
                outcomes.add(other.join());
            } catch (CompletionException e) {
                failure = failure != null ? failure : unwrap(e);
            }
        }
        if (failure != null) {
            throw failure;
        }
        return merge(outcomes, lanes);
    }

    @PreDestroy
    public void close() {
        if (helpers != null) {
            helpers.shutdownNow();
        }
    }

    /** Event indices by pool, pools in order of first appearance; null when the batch must stay on one thread. */
    private static Map<String, List<Integer>> byPool(List<RoutingEvent> events) {
        Map<String, List<Integer>> byPool = new LinkedHashMap<>();
        for (int i = 0; i < events.size(); i++) {
            RoutingEvent event = events.get(i);
            if (event == null || event instanceof AgentProfileChanged || event instanceof AgentRemoved) {
                return null;
            }
            String poolId;
            try {
                poolId = event.poolId();
            } catch (RuntimeException incomplete) {
                return null; // the engine refuses it with its reason; leave that to the one-thread path
            }
            if (poolId == null) {
                return null;
            }
            byPool.computeIfAbsent(poolId, id -> new ArrayList<>()).add(i);
        }
        return byPool;
    }

    private static List<RoutingEvent> select(List<RoutingEvent> events, List<Integer> indices) {
        List<RoutingEvent> selected = new ArrayList<>(indices.size());
        for (int i : indices) {
            selected.add(events.get(i));
        }
        return selected;
    }

    private static BatchOutcome merge(List<BatchOutcome> outcomes, List<List<Integer>> lanes) {
        List<RoutingDirective> directives = new ArrayList<>();
        List<BatchOutcome.Rejection> rejections = new ArrayList<>();
        for (int lane = 0; lane < lanes.size(); lane++) {
            BatchOutcome outcome = outcomes.get(lane);
            directives.addAll(outcome.directives());
            for (BatchOutcome.Rejection rejection : outcome.rejections()) {
                rejections.add(new BatchOutcome.Rejection(lanes.get(lane).get(rejection.index()), rejection.event(),
                        rejection.refusal(), rejection.reason()));
            }
        }
        rejections.sort(Comparator.comparingInt(BatchOutcome.Rejection::index));
        return new BatchOutcome(directives, rejections);
    }

    private static RuntimeException unwrap(CompletionException e) {
        return e.getCause() instanceof RuntimeException cause ? cause : e;
    }
}
