package dev.attune.service.port;

import dev.attune.core.domain.AgentProfile;
import java.time.Instant;

/** One audited change to an agent's profile. {@code before} is null when the agent was created. */
public record AgentChange(long id, String agentId, String changedBy, Instant changedAt, String reason,
        AgentProfile before, AgentProfile after) {
}
