package dev.attune.service.port;

import dev.attune.core.domain.AgentProfile;
import java.util.List;
import java.util.Optional;

/** Every agent's profile as workforce managers keep it, with an audit trail of each change. */
public interface Roster {

    List<AgentProfile> all();

    /** The pools that have agents, by id. */
    List<String> pools();

    List<AgentProfile> inPool(String poolId);

    Optional<AgentProfile> find(String agentId);

    /** @throws ConflictingChangeException when the agent exists already */
    AgentProfile create(AgentProfile profile, ChangeNote note);

    /**
     * @throws UnknownAgentException       for an agent the roster does not have
     * @throws ConflictingChangeException when the change would move the agent to another pool
     */
    AgentChange update(AgentProfile profile, ChangeNote note);

    /** The agent's changes, oldest first. */
    List<AgentChange> history(String agentId);
}
