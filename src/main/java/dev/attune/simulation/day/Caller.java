package dev.attune.simulation.day;

import dev.attune.core.domain.Call;
import dev.attune.core.domain.CareModel;
import dev.attune.core.domain.CareNeed;
import dev.attune.core.domain.EmotionEstimate;
import dev.attune.core.domain.Product;
import dev.attune.simulation.centre.Contact;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * A caller in one policy run: the centre's contact plus who the caller is (product, stakes, language,
 * emotion). The true emotion grows with waiting at the overlay's rates and freezes when an agent answers;
 * the router only ever sees noisy estimates of it.
 */
public final class Caller extends Contact {
    private final CallerDraw draw;
    private final OverlayModel.Emotions growth;
    private final Call call;
    private final CareModel careModel;
    private final double careAtArrival;

    double distressAtAnswer = Double.NaN;
    double careAtAnswer = Double.NaN;
    double stakes;
    boolean resolved;
    boolean complained;
    double distressAtEnd = Double.NaN;

    Caller(CallerDraw draw, OverlayModel.Emotions growth, CareModel careModel, Instant arrivedAt) {
        super(draw.id(), 0, draw.highPriority() ? 1 : 0, draw.arrival(), draw.serviceTime(), draw.patience(),
                draw.channel());
        this.draw = draw;
        this.growth = growth;
        this.careModel = careModel;
        this.call = new Call("call-" + draw.id(), ReplayContext.POOL, "customer-" + draw.logged().callId(),
                draw.product().code(), draw.language(), draw.highPriority() ? 1 : 0, draw.vulnerable(),
                draw.amountAtStake(), draw.lifeEvent(), null, arrivedAt, 0, null, null).onChannel(draw.channel());
        this.stakes = CareNeed.stakes(call, draw.product(), careModel);
        this.careAtArrival = trueCare(0, arrivedAt);
    }

    public CallerDraw draw() {
        return draw;
    }

    public Product product() {
        return draw.product();
    }

    public String language() {
        return draw.language();
    }

    /** The domain call the Attune engine sees (without an emotion estimate: those arrive as events). */
    public Call call() {
        return call;
    }

    public boolean highPriority() {
        return draw.highPriority();
    }

    /** True emotion (anxiety, frustration, anger, confusion) after waiting {@code waitSeconds}. */
    public double[] emotionAfter(double waitSeconds) {
        double minutes = Math.max(0, waitSeconds) / 60;
        double[] e = draw.emotion();
        return new double[] {
            clamp(e[0] + growth.anxiety() * minutes),
            clamp(e[1] + growth.frustration() * minutes),
            clamp(e[2] + growth.anger() * minutes),
            clamp(e[3] + growth.confusion() * minutes)};
    }

    /** An estimate of the emotion vector, as analytics would report it. */
    public static EmotionEstimate estimate(String callId, double[] e, double confidence, Instant at) {
        double strongest = Math.max(e[0], Math.max(e[1], e[2]));
        double valence = Math.max(-1, Math.min(1, 0.2 - strongest));
        double arousal = Math.max(e[0], e[2]);
        return new EmotionEstimate(callId, e[0], e[1], e[2], e[3], valence, arousal, confidence, at);
    }

    /** The k-th noisy estimate the simulated analytics reports after {@code waitSeconds} in queue. */
    public EmotionEstimate noisyEstimate(int k, double waitSeconds, double noiseSd, double confidence, Instant at) {
        SplittableRandom noise = new SplittableRandom(draw.noiseSeed() + 0x9E3779B97F4A7C15L * (k + 1));
        double[] e = emotionAfter(waitSeconds);
        for (int i = 0; i < e.length; i++) {
            e[i] = clamp(e[i] + noiseSd * noise.nextGaussian());
        }
        return estimate(call.id(), e, confidence, at);
    }

    /** Care need from the true emotion (what the outcome model uses), after {@code waitSeconds} in queue. */
    public double trueCare(double waitSeconds, Instant at) {
        EmotionEstimate truth = estimate(call.id(), emotionAfter(waitSeconds), 1.0, at);
        return CareNeed.assess(call.withEmotion(truth), draw.product(), at, careModel).value();
    }

    public double trueDistress(double waitSeconds, Instant at) {
        EmotionEstimate truth = estimate(call.id(), emotionAfter(waitSeconds), 1.0, at);
        return CareNeed.distress(call.withEmotion(truth), draw.product(), at, careModel);
    }

    public double careAtArrival() {
        return careAtArrival;
    }

    public double careAtAnswer() {
        return careAtAnswer;
    }

    public double distressAtAnswer() {
        return distressAtAnswer;
    }

    public boolean resolved() {
        return resolved;
    }

    public boolean complained() {
        return complained;
    }

    public double distressAtEnd() {
        return distressAtEnd;
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
