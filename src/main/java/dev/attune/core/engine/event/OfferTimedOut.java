package dev.attune.core.engine.event;

import java.time.Instant;

/** Redirection on no answer (RONA): like a rejection, and the agent is set not responding per policy. */
public record OfferTimedOut(String poolId, String decisionId, String callId, String agentId, Instant at)
        implements RoutingEvent {
    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.offerTimedOut(this);
    }
}
