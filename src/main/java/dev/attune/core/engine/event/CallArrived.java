package dev.attune.core.engine.event;

import dev.attune.core.domain.Call;
import java.time.Instant;
import java.util.Map;

/**
 * A caller joined the queue. The engine assigns the queue position; the call's own value is ignored.
 *
 * @param segments the customer segment attributes the ACD sent (channel, age band, tier, ...): journalled for
 *                 the fairness audit, never read by routing
 */
public record CallArrived(Call call, Map<String, String> segments) implements RoutingEvent {
    public CallArrived {
        segments = segments == null ? Map.of() : Map.copyOf(segments);
    }

    public CallArrived(Call call) {
        this(call, Map.of());
    }

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
