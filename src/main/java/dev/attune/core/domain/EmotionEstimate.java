package dev.attune.core.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One reading of a caller's emotional state from speech or text analytics. Granular on purpose: an
 * anxious caller and an angry caller need different agents, which a single polarity cannot say.
 * A newer estimate supersedes an older one; an estimate that arrives late is ignored.
 *
 * @param valence    unpleasant (-1) to pleasant (+1)
 * @param arousal    calm (0) to agitated (1)
 * @param confidence how much the analytics trusts this reading, in [0,1]
 */
public record EmotionEstimate(
        String callId,
        double anxiety,
        double frustration,
        double anger,
        double confusion,
        double valence,
        double arousal,
        double confidence,
        Instant estimatedAt) {

    public EmotionEstimate {
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(estimatedAt, "estimatedAt");
        Unit.check("anxiety", anxiety);
        Unit.check("frustration", frustration);
        Unit.check("anger", anger);
        Unit.check("confusion", confusion);
        Unit.check("arousal", arousal);
        Unit.check("confidence", confidence);
        if (!(valence >= -1 && valence <= 1)) {
            throw new IllegalArgumentException("valence must be in [-1,1], was " + valence);
        }
    }

    /**
     * Distress read from this estimate alone, in [0,1]. The strongest negative emotion dominates (one
     * furious caller is not soothed by being un-confused), the mean of all four adds breadth, and
     * agitated unpleasant arousal adds what the four labels miss.
     */
    public double rawDistress() {
        double strongest = Math.max(Math.max(anxiety, frustration), anger);
        double mean = (anxiety + frustration + anger + confusion) / 4;
        double agitatedUnpleasant = arousal * Math.max(0, -valence);
        return Unit.clamp(0.5 * strongest + 0.3 * mean + 0.2 * agitatedUnpleasant);
    }

    /** Whether this estimate is newer than the other one (null counts as older than anything). */
    public boolean supersedes(EmotionEstimate other) {
        return other == null || estimatedAt.isAfter(other.estimatedAt);
    }

    /**
     * How much this estimate still counts at {@code now}: its confidence, halved every {@code halfLife}
     * since it was made. A stale reading fades towards the product's prior instead of sticking.
     */
    public double weightAt(Instant now, Duration halfLife) {
        double ageSeconds = Math.max(0, Duration.between(estimatedAt, now).toMillis() / 1000.0);
        double halfLifeSeconds = Math.max(1e-3, halfLife.toMillis() / 1000.0);
        return confidence * Math.pow(0.5, ageSeconds / halfLifeSeconds);
    }
}
