package dev.attune.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.attune.core.domain.AgentProfile;
import dev.attune.core.domain.AgentState;
import dev.attune.service.port.RosterEntry;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An agent (a TaskRouter "worker") as the API shows it: the same fields as config/roster.json, whether it is
 * active (routed), its capacity per channel ({"VOICE": 1, "CHAT": 3}), and its live state in the engine (absent when the
 * engine does not route it: deactivated, or an instance that does not own its pool).
 */
@Schema(name = "WorkerView") // the API keeps TaskRouter's names (docs/glossary.md)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AgentView(String id, String pool, String displayName, Map<String, Integer> skills,
        List<String> languages, List<String> licences, double empathy, Map<String, Integer> capacity,
        Boolean active, AgentState state) {

    static AgentView of(AgentProfile agent) {
        return new AgentView(agent.id(), agent.poolId(), agent.displayName(), new TreeMap<>(agent.skills()),
                agent.languages().stream().sorted().toList(), agent.licences().stream().sorted().toList(),
                agent.empathy(), CapacityField.view(agent.capacity()), null, null);
    }

    static AgentView of(RosterEntry entry, AgentState state) {
        AgentView profile = of(entry.profile());
        return new AgentView(profile.id(), profile.pool(), profile.displayName(), profile.skills(),
                profile.languages(), profile.licences(), profile.empathy(), profile.capacity(), entry.active(),
                state);
    }
}
