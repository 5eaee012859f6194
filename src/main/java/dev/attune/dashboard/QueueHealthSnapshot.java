package dev.attune.dashboard;

import java.time.Instant;
import java.util.List;

/**
 * One frame of the live ops dashboard: every pool's queue health and the router's, at one moment.
 *
 * @param problem why queue health could not be read this time (the frame then repeats the last good pools), null when fine
 * @param alarms  what ops must act on now (docs/dashboard.md, "Alarms"), empty when nothing is wrong
 */
public record QueueHealthSnapshot(Instant at, List<PoolHealth> pools, RouterHealth router, String problem,
        List<Alarm> alarms) {

    public QueueHealthSnapshot {
        pools = List.copyOf(pools);
        alarms = List.copyOf(alarms);
    }

    public QueueHealthSnapshot(Instant at, List<PoolHealth> pools, RouterHealth router, String problem) {
        this(at, pools, router, problem, Alarm.of(pools, router));
    }

    public PoolHealth pool(String poolId) {
        return pools.stream().filter(p -> p.poolId().equals(poolId)).findFirst().orElse(null);
    }
}
