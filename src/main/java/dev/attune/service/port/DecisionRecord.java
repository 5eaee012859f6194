package dev.attune.service.port;

import dev.attune.core.domain.Offer;
import java.time.Instant;

/**
 * A stored decision: the offer with its explanation, what became of it, and how the call ended with
 * that agent if it did. What compliance reads when asking why call X went to agent Y.
 *
 * @param statusReason why it was rejected or rescinded, null otherwise
 * @param outcome      null until the call ends with this agent
 */
public record DecisionRecord(Offer offer, DecisionStatus status, Instant statusAt, String statusReason,
        OutcomeRecord outcome) {
}
