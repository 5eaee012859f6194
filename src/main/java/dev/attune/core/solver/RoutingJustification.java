package dev.attune.core.solver;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

/**
 * Why one constraint matched, in words a compliance officer can read in a score analysis:
 * which call (null for a per-agent match), which agent (null for an unserved call) and the numbers
 * behind the term.
 */
public record RoutingJustification(String callId, String agentId, String reason) implements ConstraintJustification {

    static RoutingJustification of(WaitingCall call, String reason, Object... args) {
        return new RoutingJustification(call.getId(), call.getAgent() == null ? null : call.getAgent().getId(),
                String.format(java.util.Locale.ROOT, reason, args));
    }

    static RoutingJustification ofAgent(PlannedAgent agent, String reason, Object... args) {
        return new RoutingJustification(null, agent.getId(), String.format(java.util.Locale.ROOT, reason, args));
    }
}
