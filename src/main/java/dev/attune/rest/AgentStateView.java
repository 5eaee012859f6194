package dev.attune.rest;

import dev.attune.core.domain.AgentState;
import java.util.List;

/**
 * The answer to an agent's state report.
 *
 * @param offers reservations the change led to at once: an agent becoming available is offered the most
 *               urgent call it can take. Calls queued earlier are reserved this way, so an ACD without Kafka
 *               learns of them here or by polling the task
 */
public record AgentStateView(String pool, String agentId, AgentState state, List<OfferView> offers) {
}
