package dev.attune.rest;

import dev.attune.core.domain.AgentProfile;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An agent (a TaskRouter "worker") as the API shows it: the same fields as config/roster.json. */
@Schema(name = "WorkerView") // the API keeps TaskRouter's names (docs/glossary.md)
public record AgentView(String id, String pool, String displayName, Map<String, Integer> skills,
        List<String> languages, List<String> licences, double empathy, int capacity) {

    static AgentView of(AgentProfile agent) {
        return new AgentView(agent.id(), agent.poolId(), agent.displayName(), new TreeMap<>(agent.skills()),
                agent.languages().stream().sorted().toList(), agent.licences().stream().sorted().toList(),
                agent.empathy(), agent.capacity());
    }
}
