package dev.attune.core.engine.event;

import java.time.Instant;

/** The agent declined; the call goes back to its original queue position and never returns to this agent. */
public record OfferRejected(String poolId, String decisionId, String callId, String agentId, String reason, Instant at)
        implements RoutingEvent {
    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.offerRejected(this);
    }
}
