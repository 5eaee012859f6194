package dev.attune.load;

import java.time.Instant;

/**
 * An offer.created record as the ACD received it.
 *
 * @param reservationDeadline when the service stops holding the agent; null if the record had none
 * @param consumedNanos       System.nanoTime() when the record came out of the consumer's poll
 */
public record OfferSeen(
        String decisionId,
        String poolId,
        String callId,
        String agentId,
        Instant reservationDeadline,
        long consumedNanos) {
}
