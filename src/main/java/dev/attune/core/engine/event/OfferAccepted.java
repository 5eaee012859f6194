package dev.attune.core.engine.event;

import java.time.Instant;

/** The agent took the reserved call. */
public record OfferAccepted(String poolId, String decisionId, String callId, String agentId, Instant at)
        implements RoutingEvent {
}
