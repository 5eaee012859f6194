package dev.attune.core.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A solved plan as the decider consults it: which agent each waiting call should go to (an agent not
 * free yet means "hold the call for them"), and the reverse, which calls each agent should take next.
 * It refers to calls and agents by id only, so it is checked against live state every time it is used.
 */
record PoolPlan(Instant takenAt, Map<String, String> agentByCall, Map<String, List<String>> callsByAgent) {

    static PoolPlan of(Instant takenAt, Map<String, String> assignments) {
        Map<String, List<String>> byAgent = new LinkedHashMap<>();
        assignments.forEach((call, agent) -> byAgent.computeIfAbsent(agent, a -> new ArrayList<>()).add(call));
        return new PoolPlan(takenAt, Collections.unmodifiableMap(new LinkedHashMap<>(assignments)), byAgent);
    }

    boolean freshAt(Instant now, Duration staleAfter) {
        return Duration.between(takenAt, now).compareTo(staleAfter) <= 0;
    }

    String agentFor(String callId) {
        return agentByCall.get(callId);
    }

    List<String> callsFor(String agentId) {
        return callsByAgent.getOrDefault(agentId, List.of());
    }
}
