package dev.attune.core.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A reservation sent to the ACD: this agent should take this call. The ACD accepts it, rejects it or
 * lets it time out (RONA) by the deadline; the engine rescinds it if the call goes away first.
 *
 * @param score the decision's total soft score (higher is better), for ranking and dashboards
 */
public record Offer(
        String decisionId,
        String poolId,
        String callId,
        String agentId,
        Instant createdAt,
        Instant reservationDeadline,
        long score,
        DecisionPath path,
        Explanation explanation) {

    public Offer {
        Objects.requireNonNull(decisionId, "decisionId");
        Objects.requireNonNull(poolId, "poolId");
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(reservationDeadline, "reservationDeadline");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(explanation, "explanation");
    }
}
