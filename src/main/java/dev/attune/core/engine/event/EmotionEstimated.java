package dev.attune.core.engine.event;

import dev.attune.core.domain.EmotionEstimate;
import java.time.Instant;

/** Analytics read the caller's emotion (in the IVR, in queue or on the call). Older estimates are ignored. */
public record EmotionEstimated(String poolId, EmotionEstimate estimate) implements RoutingEvent {
    public Instant at() {
        return estimate.estimatedAt();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.emotionEstimated(this);
    }

    @Override
    public String callId() {
        return estimate.callId();
    }
}
