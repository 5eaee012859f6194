package dev.attune.core.domain;

import java.time.Duration;

/**
 * The parameters of the care-need and stakes functions, read from configuration so that the
 * definition a compliance officer reads in docs/constraints.md is the one that runs.
 *
 * @param emotionHalfLife       how fast an emotion estimate fades towards the product's prior distress
 * @param amountForFullStakes   the amount at stake (in the account currency) that alone makes stakes 1
 * @param vulnerabilityBoost    added care need for a caller flagged vulnerable (regulators require extra care)
 * @param lifeEventStakes       stakes floor when a life event (bereavement, divorce, job loss) is on the call
 * @param waitDistressPerMinute distress a caller gains for every minute in queue, on top of the estimate
 */
public record CareModel(
        Duration emotionHalfLife,
        double amountForFullStakes,
        double vulnerabilityBoost,
        double lifeEventStakes,
        double waitDistressPerMinute) {

    public static CareModel defaults() {
        return new CareModel(Duration.ofSeconds(90), 250_000, 0.25, 0.6, 0.04);
    }

    public CareModel {
        if (emotionHalfLife.isNegative() || emotionHalfLife.isZero()) {
            throw new IllegalArgumentException("emotionHalfLife must be positive");
        }
        if (amountForFullStakes <= 0) {
            throw new IllegalArgumentException("amountForFullStakes must be positive");
        }
        Unit.check("vulnerabilityBoost", vulnerabilityBoost);
        Unit.check("lifeEventStakes", lifeEventStakes);
        Unit.check("waitDistressPerMinute", waitDistressPerMinute);
    }
}
