package dev.attune.fault;

import dev.attune.kafka.PoolPartitions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Where the ACD sends a REST request: to a live instance that does NOT own the call's pool, as the consumer group
 * assigned the partitions when last asked (once a second), so the request must travel through the input topic to
 * the owner. Right after a kill or during a rebalance the view may be a second old: then a request may reach the
 * new owner, which answers it itself (that is correct behaviour too, only not the path under test).
 */
final class RestTargets implements AutoCloseable {
    private final ThreeInstances three;
    private final int partitions;
    private final Random random = new Random(11);
    private final Thread refresher;
    private volatile Map<String, Set<Integer>> owned = Map.of();
    private volatile boolean running = true;

    RestTargets(ThreeInstances three, int partitions) {
        this.three = three;
        this.partitions = partitions;
        refresh();
        refresher = new Thread(this::refreshEverySecond, "fault-rest-targets");
        refresher.setDaemon(true);
        refresher.start();
    }

    /** A live instance's base URL that does not own this pool by the latest view; null if none is live. */
    synchronized String nonOwner(String pool) {
        int partition = PoolPartitions.of(pool, partitions);
        List<String> others = new ArrayList<>();
        List<String> all = new ArrayList<>();
        three.liveUrls().forEach((instance, url) -> {
            all.add(url);
            if (!owned.getOrDefault(instance, Set.of()).contains(partition)) {
                others.add(url);
            }
        });
        List<String> from = others.isEmpty() ? all : others;
        return from.isEmpty() ? null : from.get(random.nextInt(from.size()));
    }

    private void refreshEverySecond() {
        while (running) {
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                return;
            }
            refresh();
        }
    }

    private void refresh() {
        try {
            owned = Map.copyOf(three.owned());
        } catch (Exception e) {
            // The group is rebalancing or the broker is busy: keep the last view.
        }
    }

    @Override
    public void close() {
        running = false;
        refresher.interrupt();
    }
}
