package dev.attune.simulation.routing;

import dev.attune.core.domain.EmotionEstimate;
import dev.attune.simulation.day.Caller;
import dev.attune.simulation.day.OverlayModel;
import java.time.Instant;

/**
 * What the simulated analytics reports about a caller: the k-th estimate after waiting so long. The
 * overlay's feed is the caller's true emotion plus noise; another feed (the text estimator reading what the
 * caller says) replaces it to see how routing fares on that feed's errors instead.
 */
@FunctionalInterface
public interface EmotionFeed {
    EmotionEstimate estimate(Caller caller, int k, double waitSeconds, Instant at);

    /** The overlay's analytics: the true emotion with Gaussian noise, at the overlay's confidence. */
    static EmotionFeed overlay(OverlayModel.Analytics analytics) {
        return (caller, k, waited, at) -> caller.noisyEstimate(k, waited, analytics.noiseSd(), analytics.confidence(),
                at);
    }
}
