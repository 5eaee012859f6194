package dev.attune.core.engine.event;

import java.time.Instant;

/** The caller hung up before being served. Any pending offer for the call is rescinded. */
public record CallAbandoned(String poolId, String callId, Instant at) implements RoutingEvent {
    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.callAbandoned(this);
    }
}
