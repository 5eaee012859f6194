package dev.attune.dashboard;

import dev.attune.core.engine.WaitReason;
import java.util.ArrayList;
import java.util.List;

/**
 * Something ops must act on now, shown above everything else on the dashboard: the input intake stopped (no
 * pool routes new events), or a pool with callers waiting and no eligible agent logged in (they wait for
 * nobody). Quieter trouble (a lagging intake, fallback routing) stays on its tile.
 *
 * @param kind   {@code INTAKE_STOPPED} or {@code NO_ELIGIBLE_AGENT}
 * @param poolId the pool concerned, null for the router as a whole
 */
public record Alarm(String kind, String poolId, String message) {
    public static final String INTAKE_STOPPED = "INTAKE_STOPPED";
    public static final String NO_ELIGIBLE_AGENT = "NO_ELIGIBLE_AGENT";

    static List<Alarm> of(List<PoolHealth> pools, RouterHealth router) {
        List<Alarm> alarms = new ArrayList<>();
        if (router != null && router.intakeStopped()) {
            alarms.add(new Alarm(INTAKE_STOPPED, null, "Kafka intake stopped: " + router.intakeLag()
                    + " input records waiting, no pool routes new events"));
        }
        for (PoolHealth pool : pools) {
            int stranded = pool.waitReasons().getOrDefault(WaitReason.NO_ELIGIBLE_AGENT_LOGGED_IN.name(), 0);
            if (stranded > 0) {
                alarms.add(new Alarm(NO_ELIGIBLE_AGENT, pool.poolId(), "Pool " + pool.poolId() + ": " + stranded
                        + (stranded == 1 ? " call waits" : " calls wait") + " and no eligible agent is logged in"));
            }
        }
        return alarms;
    }
}
