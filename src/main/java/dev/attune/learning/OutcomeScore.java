package dev.attune.learning;

/**
 * How good an outcome was, as one number the model regresses on: resolution counts for, a complaint
 * or a transfer against, a caller calmer at the end than at answer counts for, and CSAT (centred on 3)
 * counts for when the ACD collected it. Weights come from configuration, not from here.
 */
public record OutcomeScore(double resolved, double complaint, double transferred, double calming, double csat) {

    public double of(ServedCall call) {
        double score = switch (call.outcome()) {
            case RESOLVED -> resolved;
            case COMPLAINT -> -complaint;
            case TRANSFERRED -> -transferred;
            case CALLBACK -> 0;
        };
        if (!Double.isNaN(call.distressAtAnswer()) && !Double.isNaN(call.distressAtEnd())) {
            score += calming * (call.distressAtAnswer() - call.distressAtEnd());
        }
        if (call.csat() != null) {
            score += csat * (call.csat() - 3) / 2.0;
        }
        return score;
    }
}
