package dev.attune.service;

import dev.attune.core.engine.RoutingDirective;
import dev.attune.core.engine.RoutingDirective.OfferCreated;
import dev.attune.core.engine.event.AgentProfileChanged;
import dev.attune.core.engine.event.AgentRemoved;
import dev.attune.core.engine.event.CallAbandoned;
import dev.attune.core.engine.event.CallArrived;
import dev.attune.core.engine.event.CallEnded;
import dev.attune.core.engine.event.RoutingEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Where the engine's decisions leave it: each is published ({@link DirectiveSink}) with the event that
 * caused it and the input positions it was made after, measured (wait, latency), and queued for the
 * journal thread together with the applied events that settle decisions (the {@link JournalSink} seam).
 * Engine thread only, but for {@link #awaitJournal}.
 */
final class DecisionOutbox {
    private static final int REMEMBERED_ARRIVALS = 100_000;

    private final DirectiveSink sink;
    private final JournalQueue journal;
    private final RoutingMetrics metrics;
    /** Per pool, the input record applied last from each stream (topic/partition). */
    private final Map<String, Map<String, String>> lastApplied = new HashMap<>();
    /** When waiting calls arrived, for the wait metric. */
    private final Map<String, Instant> arrivals = new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
            return size() > REMEMBERED_ARRIVALS;
        }
    };

    DecisionOutbox(DirectiveSink sink, JournalQueue journal, RoutingMetrics metrics) {
        this.sink = sink;
        this.journal = journal;
        this.metrics = metrics;
    }

    void start() {
        journal.start();
    }

    void stop(Duration timeout) {
        journal.stop(timeout);
    }

    /** Blocking, not on the engine thread: see {@link EngineHost#awaitJournal}. */
    boolean awaitJournal(Duration timeout) throws InterruptedException {
        return journal.awaitQueued(timeout);
    }

    /** Forgets positions and arrivals: the engine is being rebuilt from history. */
    void clear() {
        lastApplied.clear();
        arrivals.clear();
    }

    /** Forgets the input positions of the pools being rebuilt; arrivals stay (they are keyed by call). */
    void forget(Predicate<String> pools) {
        lastApplied.keySet().removeIf(pools);
    }

    /** An event the live engine took: its position, its call's arrival, and the journal. */
    void accepted(RoutingEvent event, EventOrigin origin) {
        if (origin.position() != null) {
            applied(event.poolId(), origin.position());
        }
        track(event);
        if (!(event instanceof AgentProfileChanged) && !(event instanceof AgentRemoved)) {
            // Answers to offers and call endings complete the journal; the roster is stored by whoever changed it.
            journal.add(new JournalEntry.Applied(event, origin.identity()));
        }
    }

    /** An event applied again from history: it was journalled the first time. */
    void replayed(RoutingEvent event, String position) {
        applied(event.poolId(), position);
        track(event);
    }

    CompletionStage<Void> publish(List<RoutingDirective> directives, Instant now, EventOrigin cause) {
        return publish(directives, now, directive -> cause);
    }

    CompletionStage<Void> publish(List<RoutingDirective> directives, Instant now,
            Function<RoutingDirective, EventOrigin> causes) {
        if (directives.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        List<CompletableFuture<Void>> sends = new ArrayList<>(directives.size());
        for (RoutingDirective directive : directives) {
            EventOrigin cause = causes.apply(directive);
            CompletableFuture<Void> sent = sink.publish(directive, now, cause,
                    List.copyOf(lastApplied.getOrDefault(directive.poolId(), Map.of()).values()))
                    .toCompletableFuture();
            sends.add(sent);
            metrics.directive(directive);
            if (directive instanceof OfferCreated created) {
                measure(created, cause, sent);
            }
            journal.add(new JournalEntry.Decided(directive));
        }
        return CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new));
    }

    private void measure(OfferCreated created, EventOrigin cause, CompletableFuture<Void> sent) {
        Instant arrived = arrivals.get(created.offer().callId());
        if (arrived != null) {
            metrics.waited(Duration.between(arrived, created.offer().createdAt()));
        }
        if (cause != null) {
            long received = cause.receivedNanos();
            String pool = created.offer().poolId();
            sent.thenRun(() -> metrics.latency(pool, System.nanoTime() - received));
        }
    }

    /** Positions read "stream@offset"; the stream (topic/partition) is everything before the last '@'. */
    private void applied(String poolId, String position) {
        int at = position.lastIndexOf('@');
        String stream = at < 0 ? position : position.substring(0, at);
        lastApplied.computeIfAbsent(poolId, k -> new HashMap<>()).put(stream, position);
    }

    private void track(RoutingEvent event) {
        if (event instanceof CallArrived arrived) {
            arrivals.putIfAbsent(arrived.call().id(), arrived.call().arrivedAt());
        } else if (event instanceof CallEnded ended) {
            arrivals.remove(ended.callId());
        } else if (event instanceof CallAbandoned abandoned) {
            arrivals.remove(abandoned.callId());
        }
    }
}
