package dev.attune.service.port;

import dev.attune.core.domain.AgentProfile;
import java.util.List;
import java.util.Optional;

/**
 * Every agent's profile as workforce managers keep it, with an audit trail of each change. The profile
 * queries ({@link #all}, {@link #inPool}, {@link #pools}) are what routing uses, so they hold active agents
 * only; {@link #entries} shows the whole roster.
 */
public interface Roster {

    /** Every active agent. */
    List<AgentProfile> all();

    /** The pools that have active agents, by id. */
    List<String> pools();

    /** The active agents of one pool. */
    List<AgentProfile> inPool(String poolId);

    /** An agent's profile, active or not. */
    Optional<AgentProfile> find(String agentId);

    /** Every agent on the roster, active or not, of one pool (every pool when null), by id. */
    List<RosterEntry> entries(String poolId);

    Optional<RosterEntry> entry(String agentId);

    /** @throws ConflictingChangeException when the agent exists already */
    AgentProfile create(AgentProfile profile, ChangeNote note);

    /**
     * @throws UnknownAgentException       for an agent the roster does not have
     * @throws ConflictingChangeException when the change would move the agent to another pool
     */
    AgentChange update(AgentProfile profile, ChangeNote note);

    /**
     * Takes an agent out of routing (false) or back in (true); the profile stays. Null when it already was.
     *
     * @throws UnknownAgentException for an agent the roster does not have
     */
    AgentChange setActive(String agentId, boolean active, ChangeNote note);

    /**
     * Removes an agent from the roster; its audit trail stays.
     *
     * @throws UnknownAgentException for an agent the roster does not have
     */
    AgentChange delete(String agentId, ChangeNote note);

    /**
     * Applies an import in one transaction: adds, changes (and reactivates) the given agents with their
     * capacity per channel, and deactivates the listed ones. Returns every audited change.
     */
    List<AgentChange> importRoster(List<RosterEntry> upserts, List<String> deactivations, ChangeNote note);

    /** The agent's changes, oldest first (a deleted agent's too). */
    List<AgentChange> history(String agentId);

}
