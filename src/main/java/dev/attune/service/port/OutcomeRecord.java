package dev.attune.service.port;

import dev.attune.core.domain.CallOutcome;
import dev.attune.core.domain.EmotionEstimate;
import java.time.Instant;

/** How a served call ended for one agent, as stored. */
public record OutcomeRecord(String callId, String poolId, String agentId, CallOutcome outcome, Integer csat,
        EmotionEstimate emotionAtEnd, Instant endedAt) {
}
