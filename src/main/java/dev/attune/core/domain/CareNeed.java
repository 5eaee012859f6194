package dev.attune.core.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * How much care a call needs right now, in [0,1], with the two things it is made of.
 *
 * <pre>
 * distress = w * rawDistress(estimate) + (1 - w) * product.baseDistress + waitDistressPerMinute * minutesWaited
 *            where w = estimate.confidence * 0.5^(age / emotionHalfLife)   (no estimate: w = 0)
 * stakes   = 1 - (1 - product.baseStakes) * (1 - min(1, amount / amountForFullStakes)),
 *            at least lifeEventStakes when a life event is on the call
 * care     = distress * (0.5 + 0.5 * stakes) + (vulnerable ? vulnerabilityBoost : 0), clamped to [0,1]
 * </pre>
 * Distress leads because the empathy constraint is about how the caller feels; stakes scale it
 * because an anxious caller moving a life's savings needs more than an anxious caller with a card
 * question; the vulnerability flag is an explicit, audited floor, never inferred.
 */
public record CareNeed(double value, double distress, double stakes) {

    public static CareNeed assess(Call call, Product product, Instant now, CareModel model) {
        double stakes = stakes(call, product, model);
        double distress = distress(call, product, now, model);
        double care = distress * (0.5 + 0.5 * stakes) + (call.vulnerable() ? model.vulnerabilityBoost() : 0);
        return new CareNeed(Unit.clamp(care), distress, stakes);
    }

    public static double stakes(Call call, Product product, CareModel model) {
        double amountShare = Math.min(1, Math.max(0, call.amountAtStake()) / model.amountForFullStakes());
        double stakes = 1 - (1 - product.baseStakes()) * (1 - amountShare);
        if (call.lifeEvent() != null) {
            stakes = Math.max(stakes, model.lifeEventStakes());
        }
        return Unit.clamp(stakes);
    }

    public static double distress(Call call, Product product, Instant now, CareModel model) {
        EmotionEstimate estimate = call.emotion();
        double weight = estimate == null ? 0 : estimate.weightAt(now, model.emotionHalfLife());
        double fromEmotion = estimate == null ? 0 : estimate.rawDistress();
        double minutesWaited = Math.max(0, Duration.between(call.arrivedAt(), now).toMillis() / 60_000.0);
        return Unit.clamp(weight * fromEmotion + (1 - weight) * product.baseDistress()
                + model.waitDistressPerMinute() * minutesWaited);
    }

    /** Words for the agent's whisper and the compliance record. */
    public String describe() {
        if (value >= 0.7) {
            return "high care";
        }
        if (value >= 0.4) {
            return "elevated care";
        }
        return "routine";
    }
}
