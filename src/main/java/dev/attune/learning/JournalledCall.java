package dev.attune.learning;

import java.time.Instant;

/**
 * One call as the journal kept it, for replaying a buyer's own traffic in the what-if: when it arrived, what
 * it was about, who answered it when, how distressed the engine judged the caller at answer, and how long the
 * agent took.
 *
 * @param agentId          the answering agent; null when the call was not answered
 * @param waitSeconds      arrival to the accepted offer, or to the hang-up when abandoned; NaN when neither
 * @param handleSeconds    accepted offer to the call's end; NaN when no end was journalled
 * @param distressAtAnswer the engine's distress estimate when the offer was made, 0-1; NaN when not answered
 */
public record JournalledCall(String callId, String poolId, String productCode, String language, int priority,
        boolean vulnerable, Instant arrivedAt, String agentId, boolean abandoned, double waitSeconds,
        double handleSeconds, double distressAtAnswer) {

    public boolean answered() {
        return agentId != null && !Double.isNaN(waitSeconds);
    }
}
