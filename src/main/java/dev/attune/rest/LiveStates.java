package dev.attune.rest;

import dev.attune.core.domain.AgentState;
import dev.attune.service.EngineHost;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Agents' live states as the engine holds them, for the workforce console beside each profile. Read on the
 * engine thread; a profile page must not wait for a busy engine, so after a short wait it shows no state
 * rather than an error.
 */
@ApplicationScoped
public class LiveStates {
    @Inject
    EngineHost host;
    @Inject
    RoutingApiSettings settings;

    /** Agent id to state for the given pools; agents the engine does not route are absent. */
    public Map<String, AgentState> of(Iterable<String> pools) {
        if (host.state() != EngineHost.State.RUNNING) {
            return Map.of();
        }
        try {
            return host.withCore(core -> {
                Map<String, AgentState> states = new HashMap<>();
                pools.forEach(pool -> states.putAll(core.agentStates(pool)));
                return states;
            }).toCompletableFuture().get(settings.liveStateWait().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Map.of();
        } catch (ExecutionException | TimeoutException e) {
            return Map.of();
        }
    }
}
