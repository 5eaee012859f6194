package dev.attune.rest;

import dev.attune.service.port.AgentChange;
import java.time.Instant;

/**
 * One entry of an agent's audit trail: {@code before} is absent when the agent was created, {@code after}
 * when it was deleted; {@code action} says which (CREATED, CHANGED, DEACTIVATED, ACTIVATED, DELETED).
 */
public record AgentChangeView(long id, String agentId, String changedBy, Instant changedAt, String reason,
        AgentChange.Action action, AgentView before, AgentView after) {

    static AgentChangeView of(AgentChange change) {
        return new AgentChangeView(change.id(), change.agentId(), change.changedBy(), change.changedAt(),
                change.reason(), change.action(), change.before() == null ? null : AgentView.of(change.before()),
                change.after() == null ? null : AgentView.of(change.after()));
    }
}
