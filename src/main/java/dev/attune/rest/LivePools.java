package dev.attune.rest;

import dev.attune.core.engine.AgentRecommendation;
import dev.attune.core.engine.PoolStatus;
import dev.attune.core.engine.event.RoutingEvent;
import dev.attune.service.EngineHost;
import dev.attune.service.EventOrigin;
import dev.attune.service.Outcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The REST layer's only way to the routing engine: events go through {@link EngineHost#apply} exactly as
 * Kafka records do (same thread, same metrics, decisions published to routing.decisions and journalled),
 * and reads run on the engine thread, so an answer never mixes state from before and after an event.
 */
@ApplicationScoped
public class LivePools {
    private final EngineHost host;

    @Inject
    public LivePools(EngineHost host) {
        this.host = host;
    }

    /**
     * Hands one event to the engine. Refused with 503 while the engine rebuilds its state: the rebuilt
     * engine replaces the current one, and an event applied to the old one would be lost.
     */
    public CompletionStage<Outcome> apply(RoutingEvent event, String eventId) {
        if (host.state() != EngineHost.State.RUNNING) {
            return CompletableFuture.failedFuture(new EngineNotReadyException(host.state().name()));
        }
        return host.apply(event, EventOrigin.local(eventId));
    }

    /** Blocking: waits until the journal holds what routing did so far (see {@link EngineHost#awaitJournal}). */
    public boolean awaitJournal(Duration timeout) {
        return host.awaitJournal(timeout);
    }

    /** Every pool the engine knows, as it is now. */
    public CompletionStage<List<PoolStatus>> all() {
        return host.withCore(core -> core.statuses());
    }

    /** One pool as it is now. Fails with {@link UnknownPoolException} for a pool the engine has never seen. */
    public CompletionStage<PoolStatus> status(String pool) {
        return all().thenApply(statuses -> statuses.stream().filter(s -> s.poolId().equals(pool)).findFirst()
                .orElseThrow(() -> new UnknownPoolException(pool)));
    }

    /**
     * Completes when the pool is known. Answered from the host's last queue refresh when it lists the pool,
     * so the routing hot path does not wait for a fresh status of every pool.
     */
    public CompletionStage<Void> requireKnown(String pool) {
        if (host.statuses().stream().anyMatch(s -> s.poolId().equals(pool))) {
            return CompletableFuture.completedFuture(null);
        }
        return status(pool).thenApply(known -> null);
    }

    /** Who could take a live call, best first. Fails with {@link NotFoundInPoolException} when it is not live. */
    public CompletionStage<List<AgentRecommendation>> candidates(String pool, String callId, int limit) {
        return requireKnown(pool).thenCompose(known -> host.withCore(core -> {
            try {
                return core.recommend(pool, callId, limit);
            } catch (NoSuchElementException e) {
                throw new NotFoundInPoolException("no call '" + callId + "' waiting or offered in pool '" + pool + "'");
            }
        }));
    }
}
