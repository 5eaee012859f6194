package dev.attune.rest;

import dev.attune.core.domain.AgentState;
import dev.attune.core.domain.DecisionPath;
import dev.attune.core.engine.PoolStatus;
import java.util.Map;

/** A routing pool in the list of pools: its size and how its queue stands, in counts. */
public record PoolView(
        String pool,
        int agents,
        Map<AgentState, Integer> agentsByState,
        int availableAgents,
        int waitingCalls,
        double longestWaitSeconds,
        int pendingOffers,
        DecisionPath routingMode) {

    static PoolView of(PoolStatus status) {
        int agents = status.agentsByState().values().stream().mapToInt(Integer::intValue).sum();
        return new PoolView(status.poolId(), agents, QueueHealthView.everyState(status.agentsByState()),
                status.availableAgents(), status.waitingCalls().size(), Seconds.of(status.longestWait()),
                status.pendingOffers().size(), status.routingMode());
    }
}
