package dev.attune.core.engine.event;

import dev.attune.core.domain.Call;
import java.time.Instant;

/** A caller joined the queue. The engine assigns the queue position; the call's own value is ignored. */
public record CallArrived(Call call) implements RoutingEvent {
    public String poolId() {
        return call.poolId();
    }

    public Instant at() {
        return call.arrivedAt();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.callArrived(this);
    }

    @Override
    public String callId() {
        return call.id();
    }
}
