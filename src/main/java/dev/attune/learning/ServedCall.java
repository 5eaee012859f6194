package dev.attune.learning;

import dev.attune.core.domain.CallOutcome;
import java.util.Objects;

/**
 * One served call as empathy learning reads it back: who answered, how hard the call was when the
 * agent answered (product, care need, stakes) and how it ended.
 *
 * @param product          the call's product code, null when the journal does not know it
 * @param distressAtAnswer the caller's distress when the offer was made, NaN when unknown
 * @param distressAtEnd    the caller's distress in the last estimate, NaN when the ACD sent none
 * @param csat             1-5, null when not collected
 */
public record ServedCall(
        String agentId,
        String product,
        double careAtAnswer,
        double stakes,
        double distressAtAnswer,
        CallOutcome outcome,
        Integer csat,
        double distressAtEnd) {

    public ServedCall {
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(outcome, "outcome");
    }
}
