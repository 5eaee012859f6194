package dev.attune.core.engine.event;

import dev.attune.core.domain.CallOutcome;
import dev.attune.core.domain.EmotionEstimate;
import java.time.Instant;

/**
 * A served call finished. The agent's emotional load grows by the caller's distress; the agent's next
 * state arrives as its own agent.state-changed event (usually WRAP_UP).
 *
 * @param csat         customer satisfaction 1-5 if the ACD collected it, else null
 * @param emotionAtEnd the caller's last estimate, else null
 */
public record CallEnded(
        String poolId,
        String callId,
        String agentId,
        CallOutcome outcome,
        Integer csat,
        EmotionEstimate emotionAtEnd,
        Instant at) implements RoutingEvent {
    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.callEnded(this);
    }
}
