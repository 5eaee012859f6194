package dev.attune.dashboard;

import java.time.Instant;
import java.util.List;

/**
 * One frame of the live ops dashboard: every pool's queue health and the router's, at one moment.
 *
 * @param problem why queue health could not be read this time (the frame then repeats the last good pools), null when fine
 */
public record QueueHealthSnapshot(Instant at, List<PoolHealth> pools, RouterHealth router, String problem) {

    public QueueHealthSnapshot {
        pools = List.copyOf(pools);
    }

    public PoolHealth pool(String poolId) {
        return pools.stream().filter(p -> p.poolId().equals(poolId)).findFirst().orElse(null);
    }
}
