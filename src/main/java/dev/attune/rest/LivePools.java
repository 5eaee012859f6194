package dev.attune.rest;

import dev.attune.core.engine.AgentRecommendation;
import dev.attune.core.engine.PoolStatus;
import dev.attune.core.engine.event.RoutingEvent;
import dev.attune.service.EngineHost;
import dev.attune.service.EventOrigin;
import dev.attune.service.Outcome;
import dev.attune.service.port.RoutingInput;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * The REST layer's only way to the routing engine. An event is first written to its pool's input topic
 * ({@link RoutingInput}), so the pool's owner consumes it whichever instance received it and a restart
 * replays it; the owner then applies it through {@link EngineHost#apply} with the record's identity and
 * position, exactly as the Kafka record (same thread, same metrics, decisions published to routing.decisions
 * and journalled), and drops the record itself as a duplicate when it consumes it. Reads run on the engine
 * thread, so an answer never mixes state from before and after an event.
 */
@ApplicationScoped
public class LivePools {
    private final EngineHost host;
    private final RoutingInput input;
    private final Duration rebalanceWait;

    @Inject
    public LivePools(EngineHost host, RoutingInput input, RoutingApiSettings settings) {
        this.host = host;
        this.input = input;
        this.rebalanceWait = settings.rebalanceWait();
    }

    /**
     * Whether this instance owns the pool: only then does its engine hold the pool live (another instance's
     * copy has every agent logged out), and only then can an answer say what an event led to.
     */
    public boolean owns(String pool) {
        return input.owns(pool);
    }

    /**
     * Whether this instance owns the pool, asked once a rebalance in progress here has settled (waiting at most
     * {@code attune.rest.rebalance-wait}): a request that arrives mid-rebalance is then applied here with its
     * answer when the pool stays, rather than forwarded because the pool was briefly being rebuilt.
     */
    public CompletionStage<Boolean> ownsOnceSettled(String pool) {
        if (input.isSettled()) {
            return CompletableFuture.completedFuture(owns(pool));
        }
        // Completed on the consumer's polling thread: the request goes on on a worker thread, never on that one.
        return input.settled().toCompletableFuture()
                .completeOnTimeout(null, rebalanceWait.toMillis(), TimeUnit.MILLISECONDS)
                .handleAsync((done, failure) -> owns(pool), Infrastructure.getDefaultWorkerPool());
    }

    /**
     * Hands one event to the pool's owner, this instance: written to the input topic, then applied here. Refused
     * with 503 while the engine rebuilds its state (the rebuilt engine replaces the current one, and an event
     * applied to the old one would be lost) or when the broker does not take the record in time.
     */
    public CompletionStage<Outcome> apply(RoutingEvent event, String eventId) {
        if (host.state() != EngineHost.State.RUNNING) {
            return CompletableFuture.failedFuture(new EngineNotReadyException(host.state().name()));
        }
        long received = System.nanoTime();
        return write(event).thenCompose(written -> host.apply(event,
                new EventOrigin(written.identity(), eventId, written.position(), received)));
    }

    /**
     * Hands one event to the pool's owner, another instance: written to the input topic only. Completes once
     * the broker has it; what it leads to reaches the ACD on routing.decisions.
     */
    public CompletionStage<RoutingInput.Written> forward(RoutingEvent event) {
        return write(event);
    }

    private CompletionStage<RoutingInput.Written> write(RoutingEvent event) {
        return input.write(event).exceptionallyCompose(failure -> CompletableFuture.failedFuture(
                EngineNotReadyException.inputUnavailable(failure)));
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
