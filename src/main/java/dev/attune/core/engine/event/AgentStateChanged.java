package dev.attune.core.engine.event;

import dev.attune.core.domain.AgentState;
import java.time.Instant;

/**
 * The ACD reports an agent's new state.
 *
 * @param expectedFreeAt for BUSY or WRAP_UP, when the ACD expects the agent free again; null when unknown
 */
public record AgentStateChanged(
        String poolId,
        String agentId,
        AgentState state,
        Instant expectedFreeAt,
        Instant at) implements RoutingEvent {
    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.agentStateChanged(this);
    }
}
