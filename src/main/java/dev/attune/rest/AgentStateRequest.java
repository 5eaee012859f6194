package dev.attune.rest;

import dev.attune.core.domain.AgentState;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * An ACD reports an agent's state, as in a Kafka agent.state-changed. Read with {@link StrictJson}.
 *
 * @param expectedFreeAt for BUSY or WRAP_UP, when the agent is expected free again (lets the engine hold a
 *                       distressed caller briefly for a much better agent); ignored for other states
 * @param at             when the state changed at the ACD; now when left out. An older report than one
 *                       already applied is ignored, as on Kafka
 */
public record AgentStateRequest(@NotNull AgentState state, Instant expectedFreeAt, Instant at) {
}
