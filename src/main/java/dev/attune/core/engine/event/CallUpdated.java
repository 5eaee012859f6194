package dev.attune.core.engine.event;

import java.time.Instant;

/** The IVR learned the intent, or a transfer changed what the caller needs. The call keeps its place. */
public record CallUpdated(
        String poolId,
        String callId,
        String productCode,
        String language,
        int priority,
        boolean vulnerable,
        double amountAtStake,
        String lifeEvent,
        Instant at) implements RoutingEvent {
    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.callUpdated(this);
    }
}
