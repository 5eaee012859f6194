package dev.attune.rest;

import dev.attune.core.domain.AgentProfile;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** An agent (a TaskRouter "worker") as the API shows it: the same fields as config/roster.json. */
public record WorkerView(String id, String pool, String displayName, Map<String, Integer> skills,
        List<String> languages, List<String> licences, double empathy, int capacity) {

    static WorkerView of(AgentProfile agent) {
        return new WorkerView(agent.id(), agent.poolId(), agent.displayName(), new TreeMap<>(agent.skills()),
                agent.languages().stream().sorted().toList(), agent.licences().stream().sorted().toList(),
                agent.empathy(), agent.capacity());
    }
}
