package dev.attune.core.engine.event;

import java.time.Instant;

/** The agent took the reserved call. */
public record OfferAccepted(String poolId, String decisionId, String callId, String agentId, Instant at)
        implements RoutingEvent {
    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.offerAccepted(this);
    }
}
