package dev.attune.service.port;

import dev.attune.core.domain.AgentProfile;
import java.time.Instant;

/**
 * One audited change to an agent: who, when, why, what kind, and the profile before and after. {@code before}
 * is null when the agent was created, {@code after} when it was deleted.
 */
public record AgentChange(long id, String agentId, String changedBy, Instant changedAt, String reason,
        AgentProfile before, AgentProfile after, Action action) {

    /** What the change did to the agent's place on the roster. */
    public enum Action { CREATED, CHANGED, DEACTIVATED, ACTIVATED, DELETED }
}
