package dev.attune.core.engine;

import dev.attune.core.domain.Call;
import dev.attune.core.domain.CareModel;
import dev.attune.core.domain.EmotionEstimate;
import dev.attune.core.domain.Product;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * The line an agent reads while the call connects: how the caller feels, what is at stake, and how to
 * open. Short on purpose (one glance), in words, never the raw numbers alone.
 * e.g. "Caller anxious (0.80), 401(k) rollover of $180k at stake: slow down, confirm each step".
 */
final class Whisper {
    /** Below this an emotion reading (after decay) says too little to name a feeling. */
    private static final double NOTABLE = 0.4;
    private static final double TRUSTED_WEIGHT = 0.2;

    private Whisper() {
    }

    static String forCall(Call call, Product product, Instant now, CareModel careModel) {
        EmotionEstimate emotion = call.emotion();
        String feeling = null;
        double intensity = 0;
        if (emotion != null && emotion.weightAt(now, careModel.emotionHalfLife()) >= TRUSTED_WEIGHT) {
            String[] names = {"anxious", "frustrated", "angry", "confused"};
            double[] values = {emotion.anxiety(), emotion.frustration(), emotion.anger(), emotion.confusion()};
            for (int i = 0; i < names.length; i++) {
                if (values[i] >= NOTABLE && values[i] > intensity) {
                    feeling = names[i];
                    intensity = values[i];
                }
            }
        }
        StringBuilder line = new StringBuilder();
        if (feeling != null) {
            line.append("Caller ").append(feeling).append(String.format(Locale.ROOT, " (%.2f)", intensity));
        } else if (emotion != null) {
            line.append("Caller calm");
        } else {
            line.append("No emotion reading yet");
        }
        line.append(", ").append(product.label() == null ? product.code() : product.label());
        if (call.amountAtStake() > 0) {
            line.append(" of ").append(amount(call.amountAtStake())).append(" at stake");
        }
        if (call.lifeEvent() != null) {
            line.append(", ").append(call.lifeEvent().toLowerCase(Locale.ROOT).replace('_', ' '));
        }
        if (call.vulnerable()) {
            line.append(", vulnerable customer");
        }
        line.append(": ").append(approach(feeling, call, product, now));
        return line.toString();
    }

    private static String approach(String feeling, Call call, Product product, Instant now) {
        StringBuilder advice = new StringBuilder();
        if ("BEREAVEMENT".equalsIgnoreCase(call.lifeEvent())) {
            advice.append("offer condolences first, ");
        }
        long waited = Duration.between(call.arrivedAt(), now).toSeconds();
        if (waited > product.serviceLevel().thresholdSeconds()) {
            advice.append("thank them for waiting, ");
        }
        advice.append(switch (feeling == null ? "" : feeling) {
            case "anxious" -> "slow down, confirm each step";
            case "frustrated" -> "acknowledge the hassle, get straight to the fix";
            case "angry" -> "let them finish, stay calm, own the next step";
            case "confused" -> "use plain words, check understanding as you go";
            default -> "standard greeting";
        });
        if (call.vulnerable()) {
            advice.append("; follow the vulnerable-customer procedure");
        }
        return advice.toString();
    }

    private static String amount(double value) {
        if (value >= 1_000_000) {
            return String.format(Locale.ROOT, "$%.1fM", value / 1_000_000);
        }
        if (value >= 1_000) {
            return String.format(Locale.ROOT, "$%.0fk", value / 1_000);
        }
        return String.format(Locale.ROOT, "$%.0f", value);
    }
}
