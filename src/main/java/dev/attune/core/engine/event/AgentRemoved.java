package dev.attune.core.engine.event;

import java.time.Instant;
import java.util.Objects;

/**
 * A workforce manager deactivated or deleted an agent: it leaves routing at once. Its pending offers are
 * rescinded and the calls held for it routed again; later ACD events about it are refused as about an
 * unknown agent until a profile brings it back.
 *
 * @param reason why, in words, for the rescinded offers ("deactivated by wfm")
 */
public record AgentRemoved(String poolId, String agentId, String reason, Instant at) implements RoutingEvent {
    public AgentRemoved {
        Objects.requireNonNull(poolId, "poolId");
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(at, "at");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.agentRemoved(this);
    }
}
