package dev.attune.learning.fairness;

import dev.attune.core.domain.BenchmarkArm;
import dev.attune.core.domain.CallOutcome;
import java.util.Map;

/**
 * One call as the audit sees it: its segment as the ACD sent it, its benchmark arm, and how it was served.
 *
 * @param attributes         the declared segment attributes the ACD sent (channel, age band, ...)
 * @param waitSeconds        arrival to the accepted offer; NaN when it was not answered
 * @param withinServiceLevel answered within its product's service-level threshold
 * @param topEmpathy         answered by an agent in the top quartile of the pool's empathy scores
 * @param topProficiency     answered by an agent in the top quartile of the pool's proficiency in the product's skill
 * @param careNeed           care need at answer, 0-1; NaN when not answered
 * @param agentEmpathy       the answering agent's empathy score; NaN when not answered
 * @param outcome            how the answering agent's part ended; null when not (yet) reported
 * @param csat               1-5, or null
 */
public record SegmentedCall(String poolId, String productCode, String language, int priority, boolean vulnerable,
        Map<String, String> attributes, BenchmarkArm arm, boolean abandoned, double waitSeconds,
        boolean withinServiceLevel, boolean topEmpathy, boolean topProficiency, double careNeed, double agentEmpathy,
        CallOutcome outcome, Integer csat) {

    public SegmentedCall {
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    public boolean answered() {
        return !Double.isNaN(waitSeconds);
    }

    /** Answered or abandoned: a call still waiting, or ended some other way, counts in no rate. */
    public boolean settled() {
        return answered() || abandoned;
    }
}
