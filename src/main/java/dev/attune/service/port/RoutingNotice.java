package dev.attune.service.port;

import java.time.Instant;

/**
 * A notice Attune published beside its offers, as the journal keeps it for a call's history.
 *
 * @param kind       CALL_UNROUTABLE or AGENT_SET_AWAY
 * @param agentId    the agent set away; null for a refused call
 * @param decisionId the unanswered offer that set the agent away; null for a refused call
 * @param reason     for a refused call the first rule nobody met (NO_SKILL, ...), else why the agent was set away
 * @param rule       for a refused call the rule in words ("Required skill: no agent has ..."); null otherwise
 */
public record RoutingNotice(String kind, String poolId, String callId, String agentId, String decisionId,
        String reason, String rule, Instant at) {
}
