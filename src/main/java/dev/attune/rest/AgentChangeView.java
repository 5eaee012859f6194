package dev.attune.rest;

import dev.attune.service.port.AgentChange;
import java.time.Instant;

/** One entry of an agent's audit trail. {@code before} is absent when the agent was created. */
public record AgentChangeView(long id, String agentId, String changedBy, Instant changedAt, String reason,
        AgentView before, AgentView after) {

    static AgentChangeView of(AgentChange change) {
        return new AgentChangeView(change.id(), change.agentId(), change.changedBy(), change.changedAt(),
                change.reason(), change.before() == null ? null : AgentView.of(change.before()),
                AgentView.of(change.after()));
    }
}
