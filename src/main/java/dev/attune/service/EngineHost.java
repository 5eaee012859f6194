package dev.attune.service;

import dev.attune.core.engine.BatchOutcome;
import dev.attune.core.engine.PoolStatus;
import dev.attune.core.engine.RoutingDirective;
import dev.attune.core.engine.RoutingDirective.OfferCreated;
import dev.attune.core.engine.event.AgentProfileChanged;
import dev.attune.core.engine.event.CallAbandoned;
import dev.attune.core.engine.event.CallArrived;
import dev.attune.core.engine.event.CallEnded;
import dev.attune.core.engine.event.RoutingEvent;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * Owns the one routing engine of this instance and is the only way in: every event, every tick and every
 * query runs on one thread ("attune-engine"), so the engine never sees two callers at once and a pool's
 * decisions leave in the order they were made. Each decision is published (routing.decisions) and queued,
 * with every applied event but profile changes (offer answers and call endings complete the journal), for
 * the journal thread, which hands them in batches, in decision order, to the {@link JournalSink}s (the
 * decision journal; the dashboard, as CDI events {@code @Observes RoutingDirective} and
 * {@code @Observes RoutingEvent}), so persistence can store them without slowing routing. Nothing is
 * journalled while history is replayed: it was journalled the first time.
 */
@ApplicationScoped
public class EngineHost {
    private static final Logger LOG = Logger.getLogger(EngineHost.class);
    private static final int REMEMBERED_ARRIVALS = 100_000;

    /** Where the host is in its life, as readiness reports it. */
    public enum State {
        STARTING, RECOVERING, RUNNING, STOPPED
    }

    private final RoutingCoreFactory factory;
    private final DirectiveSink sink;
    private final JournalQueue journal;
    private final HostSettings settings;
    private final RoutingMetrics metrics;
    private final Clock clock = Clock.systemUTC();
    /** The current engine's clock: held at recorded times while it replays history. */
    private ReplayClock engineClock = new ReplayClock(clock);
    /** When the engine was last rebuilt from history (wall clock), null before the first rebuild. */
    private volatile Instant rebuiltAt;
    private final SeenEvents seen;
    private final ScheduledExecutorService engineThread = Executors.newSingleThreadScheduledExecutor(
            r -> daemon(r, "attune-engine"));

    /** Per pool, the input record applied last from each stream (topic/partition); engine thread only. */
    private final Map<String, Map<String, String>> lastApplied = new HashMap<>();
    /** When waiting calls arrived, for the wait metric (engine thread only). */
    private final Map<String, Instant> arrivals = new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
            return size() > REMEMBERED_ARRIVALS;
        }
    };

    private RoutingCore core;
    private ScheduledFuture<?> ticking;
    private Instant lastQueueRefresh = Instant.EPOCH;
    private volatile State state = State.STARTING;
    private volatile Instant lastTick;
    private volatile List<PoolStatus> statuses = List.of();
    private volatile RebuildReport lastRebuild;
    private volatile String recoveryProblem;
    private final java.util.concurrent.atomic.AtomicInteger rebuilds = new java.util.concurrent.atomic.AtomicInteger();

    @Inject
    public EngineHost(RoutingCoreFactory factory, DirectiveSink sink, JournalSink journal,
            Event<RoutingDirective> directives, Event<RoutingEvent> events, HostSettings settings,
            JournalSettings journalSettings, MeterRegistry registry) {
        // The dashboard first: it keeps up in memory while the database write may wait for a retry.
        this(factory, sink, List.of(new CdiObservers(directives, events), journal), settings, journalSettings,
                registry);
    }

    /**
     * @param journal each receives every directive and every applied event but profile changes, in
     *                decision order, in batches, on the journal thread
     */
    public EngineHost(RoutingCoreFactory factory, DirectiveSink sink, List<JournalSink> journal,
            HostSettings settings, JournalSettings journalSettings, MeterRegistry registry) {
        this.factory = factory;
        this.sink = sink;
        this.journal = new JournalQueue(journal, journalSettings, new JournalMetrics(registry));
        this.settings = settings;
        this.metrics = new RoutingMetrics(registry);
        this.seen = new SeenEvents(settings.dedupe().window(), settings.dedupe().maxEvents());
    }

    void onStart(@Observes StartupEvent startup) {
        start();
    }

    void onStop(@Observes ShutdownEvent shutdown) {
        stop();
    }

    public synchronized void start() {
        if (ticking != null) {
            return;
        }
        call(() -> {
            core = factory.create(engineClock);
            return null;
        }).toCompletableFuture().join();
        journal.start();
        state = settings.recoverOnStart() ? State.RECOVERING : State.RUNNING;
        long interval = Math.max(1, settings.tickInterval().toMillis());
        ticking = engineThread.scheduleWithFixedDelay(this::tick, interval, interval, TimeUnit.MILLISECONDS);
        LOG.infof("routing engine started, ticking every %d ms%s", interval,
                state == State.RECOVERING ? ", waiting for partitions to replay" : "");
    }

    public synchronized void stop() {
        if (state == State.STOPPED) {
            return;
        }
        state = State.STOPPED;
        if (ticking != null) {
            ticking.cancel(false);
        }
        call(() -> {
            if (core != null) {
                core.close();
            }
            return null;
        }).toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).exceptionally(e -> null).join();
        engineThread.shutdown();
        journal.stop(Duration.ofSeconds(5));
    }

    /**
     * Applies one event on the engine thread. The returned stage completes as soon as the engine has
     * applied it; {@link Outcome#published()} completes when its decisions are on the broker.
     */
    public CompletionStage<Outcome> apply(RoutingEvent event, EventOrigin origin) {
        return call(() -> applyNow(event, origin));
    }

    /**
     * Applies a batch of events (one Kafka poll) in one go, so the engine decides everything they touched
     * jointly. Returns one outcome per event, in order; the applied ones share one {@code published} stage.
     */
    public CompletionStage<List<Outcome>> applyAll(List<RoutingEvent> events, List<EventOrigin> origins) {
        if (events.size() != origins.size()) {
            throw new IllegalArgumentException("one origin per event");
        }
        return call(() -> applyAllNow(events, origins));
    }

    /** Runs a read or an adjustment (weights, status, explanations) on the engine thread. */
    public <T> CompletionStage<T> withCore(Function<RoutingCore, T> work) {
        return call(() -> work.apply(core));
    }

    /**
     * Replaces the engine with one rebuilt from history: the input events it had applied and the offers it
     * had published, in the order they happened. Routing is suspended during the replay, so no decision is
     * made twice; the published offers are adopted as they were. Then routing resumes and the first tick
     * decides for calls that waited through the gap. Used after a restart and whenever Kafka hands this
     * instance a different set of pools.
     */
    public CompletionStage<RebuildReport> rebuild(List<Replayed> history) {
        return call(() -> rebuildNow(history));
    }

    /**
     * The input (every partition this instance consumes) is applied up to {@code upTo}; a proof read before
     * the last rebuild is ignored, since the rebuilt engine may not hold what the old one had applied.
     */
    public void inputConsumed(Instant upTo) {
        call(() -> {
            if (core != null && (rebuiltAt == null || !upTo.isBefore(rebuiltAt))) {
                core.inputConsumed(upTo);
            }
            return null;
        });
    }

    /**
     * Blocks until every decision and event routed so far is in the journal (or counted lost), at most
     * {@code timeout}: the journal trails routing by up to attune.journal.linger, and a caller that must read
     * what was just decided (an ACD repeating its answer to an offer) waits for it here. Not on the engine thread.
     *
     * @return whether the journal caught up in time
     */
    public boolean awaitJournal(Duration timeout) {
        try {
            return journal.awaitQueued(timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public State state() {
        return state;
    }

    public Instant lastTick() {
        return lastTick;
    }

    /**
     * Every pool's queue health as of the last refresh (attune.engine.queue-refresh), without waiting for
     * the engine thread: what dashboards and gauges read.
     */
    public List<PoolStatus> statuses() {
        return statuses;
    }

    /** Records why state could not be rebuilt; readiness shows it until a rebuild succeeds. */
    public void recoveryFailed(String problem) {
        recoveryProblem = problem;
        if (state == State.RUNNING) {
            state = State.RECOVERING;
        }
    }

    /** Why the last attempt to rebuild from history failed, null when it did not. */
    public String recoveryProblem() {
        return recoveryProblem;
    }

    /** The last rebuild from history, null before the first. */
    public RebuildReport lastRebuild() {
        return lastRebuild;
    }

    /** How many times the engine was rebuilt from history since start. */
    public int rebuilds() {
        return rebuilds.get();
    }

    public HostSettings settings() {
        return settings;
    }

    private Outcome applyNow(RoutingEvent event, EventOrigin origin) {
        Instant now = clock.instant();
        if (origin.identity() != null && seen.contains(origin.identity(), now)) {
            metrics.event(event, Outcome.Status.DUPLICATE);
            return Outcome.duplicate();
        }
        List<RoutingDirective> directives;
        try {
            directives = core.apply(event);
        } catch (IllegalArgumentException e) {
            metrics.event(event, Outcome.Status.REJECTED);
            return Outcome.refused(Outcome.Status.REJECTED, e);
        } catch (RuntimeException e) {
            LOG.errorf(e, "the engine failed on event %s (%s); routing goes on", origin.eventId(),
                    event.getClass().getSimpleName());
            metrics.event(event, Outcome.Status.FAILED);
            return Outcome.refused(Outcome.Status.FAILED, e);
        }
        accepted(event, origin, now);
        return Outcome.applied(directives, publish(directives, now, origin));
    }

    private RebuildReport rebuildNow(List<Replayed> history) {
        long started = System.nanoTime();
        ReplayClock replayClock = new ReplayClock(clock);
        RoutingCore fresh = factory.create(replayClock);
        fresh.suspendRouting(true);
        seen.clear();
        lastApplied.clear();
        arrivals.clear();
        int inputs = 0;
        int refused = 0;
        int adopted = 0;
        int notAdopted = 0;
        Instant lastReplayTick = Instant.MIN;
        for (Replayed item : history) {
            replayClock.replayAt(item.at());
            Instant at = replayClock.instant();
            // Timers run up to each item, so deadlines that passed before it end their offers in the same order.
            if (!(item instanceof Replayed.Input) || !at.isBefore(lastReplayTick.plus(settings.tickInterval()))) {
                fresh.tick();
                lastReplayTick = at;
            }
            if (item instanceof Replayed.Input input) {
                inputs++;
                try {
                    fresh.apply(input.event());
                } catch (IllegalArgumentException e) {
                    refused++;
                    continue;
                }
                if (input.identity() != null) {
                    seen.add(input.identity(), at);
                }
                applied(input.event().poolId(), input.position());
                track(input.event());
            } else if (item instanceof Replayed.Offered offered) {
                try {
                    fresh.adopt(offered.offer());
                    adopted++;
                } catch (IllegalArgumentException e) {
                    notAdopted++;
                    LOG.warnf("offer %s (call %s, agent %s) could not be re-established: %s",
                            offered.offer().decisionId(), offered.offer().callId(), offered.offer().agentId(),
                            e.getMessage());
                }
            }
        }
        replayClock.live();
        fresh.suspendRouting(false);
        RoutingCore previous = core;
        core = fresh;
        engineClock = replayClock;
        rebuiltAt = clock.instant();
        if (previous != null) {
            previous.close();
        }
        Instant now = clock.instant();
        List<RoutingDirective> live = core.tick();
        publish(live, now, (EventOrigin) null);
        statuses = List.copyOf(core.statuses());
        metrics.queues(statuses);
        lastQueueRefresh = now;
        lastTick = now;
        if (state != State.STOPPED) {
            state = State.RUNNING;
        }
        RebuildReport report = new RebuildReport(inputs, refused, adopted, notAdopted, live.size(),
                Duration.ofNanos(System.nanoTime() - started));
        lastRebuild = report;
        recoveryProblem = null;
        rebuilds.incrementAndGet();
        LOG.infof("engine rebuilt from history: %s", report);
        return report;
    }

    private List<Outcome> applyAllNow(List<RoutingEvent> events, List<EventOrigin> origins) {
        Instant now = clock.instant();
        Outcome[] outcomes = new Outcome[events.size()];
        List<Integer> fresh = new ArrayList<>();
        java.util.Set<String> inBatch = new java.util.HashSet<>();
        for (int i = 0; i < events.size(); i++) {
            String identity = origins.get(i).identity();
            if (identity != null && (seen.contains(identity, now) || !inBatch.add(identity))) {
                metrics.event(events.get(i), Outcome.Status.DUPLICATE);
                outcomes[i] = Outcome.duplicate();
            } else {
                fresh.add(i);
            }
        }
        BatchOutcome batch;
        try {
            batch = core.applyAll(fresh.stream().map(events::get).toList());
        } catch (RuntimeException e) {
            // A bug mid-batch: apply the events one by one (applying one twice changes nothing), so only
            // the event that breaks the engine is refused.
            LOG.errorf(e, "the engine failed on a batch of %d events; applying them one by one", fresh.size());
            for (int i : fresh) {
                outcomes[i] = applyNow(events.get(i), origins.get(i));
            }
            return List.of(outcomes);
        }
        java.util.Set<Integer> refused = new java.util.HashSet<>();
        for (BatchOutcome.Rejection rejection : batch.rejections()) {
            int i = fresh.get(rejection.index());
            refused.add(i);
            metrics.event(events.get(i), Outcome.Status.REJECTED);
            outcomes[i] = Outcome.refused(Outcome.Status.REJECTED, rejection.asException());
        }
        for (int i : fresh) {
            if (!refused.contains(i)) {
                accepted(events.get(i), origins.get(i), now);
            }
        }
        CompletionStage<Void> published = publish(batch.directives(), now,
                directive -> causeOf(directive, events, origins, fresh, refused));
        for (int i : fresh) {
            if (!refused.contains(i)) {
                outcomes[i] = Outcome.applied(List.of(), published);
            }
        }
        return List.of(outcomes);
    }

    /** Bookkeeping for an event the engine took: dedupe, replay position, metrics, journal. */
    private void accepted(RoutingEvent event, EventOrigin origin, Instant now) {
        metrics.event(event, Outcome.Status.APPLIED);
        if (origin.identity() != null) {
            seen.add(origin.identity(), now);
        }
        if (origin.position() != null) {
            applied(event.poolId(), origin.position());
        }
        track(event);
        if (!(event instanceof AgentProfileChanged)) {
            // Answers to offers and call endings complete the journal; profiles are stored by whoever changed them.
            journal.add(new JournalEntry.Applied(event));
        }
    }

    /** Which event of a batch a decision answers: the last about its call, else its agent, else its pool. */
    private static EventOrigin causeOf(RoutingDirective directive, List<RoutingEvent> events,
            List<EventOrigin> origins, List<Integer> fresh, java.util.Set<Integer> refused) {
        EventOrigin byCall = null;
        EventOrigin byAgent = null;
        EventOrigin byPool = null;
        for (int i : fresh) {
            if (refused.contains(i) || !events.get(i).poolId().equals(directive.offer().poolId())) {
                continue;
            }
            RoutingEvent event = events.get(i);
            byPool = origins.get(i);
            if (Subjects.call(event) != null && Subjects.call(event).equals(directive.offer().callId())) {
                byCall = origins.get(i);
            }
            if (Subjects.agent(event) != null && Subjects.agent(event).equals(directive.offer().agentId())) {
                byAgent = origins.get(i);
            }
        }
        return byCall != null ? byCall : byAgent != null ? byAgent : byPool;
    }

    private void tick() {
        try {
            Instant now = clock.instant();
            publish(core.tick(), now, (EventOrigin) null);
            if (!now.isBefore(lastQueueRefresh.plus(settings.queueRefresh()))) {
                statuses = List.copyOf(core.statuses());
                metrics.queues(statuses);
                lastQueueRefresh = now;
            }
            lastTick = now;
        } catch (RuntimeException e) {
            // A failing tick must not cancel the schedule: log it, and readiness shows the stall if it persists.
            LOG.error("engine tick failed", e);
        }
    }

    private CompletionStage<Void> publish(List<RoutingDirective> directives, Instant now, EventOrigin cause) {
        return publish(directives, now, directive -> cause);
    }

    private CompletionStage<Void> publish(List<RoutingDirective> directives, Instant now,
            Function<RoutingDirective, EventOrigin> causes) {
        if (directives.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        List<CompletableFuture<Void>> sends = new ArrayList<>(directives.size());
        for (RoutingDirective directive : directives) {
            EventOrigin cause = causes.apply(directive);
            CompletableFuture<Void> sent = sink.publish(directive, now, cause,
                    List.copyOf(lastApplied.getOrDefault(directive.offer().poolId(), Map.of()).values()))
                    .toCompletableFuture();
            sends.add(sent);
            metrics.directive(directive);
            if (directive instanceof OfferCreated created) {
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
            journal.add(new JournalEntry.Decided(directive));
        }
        return CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new));
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

    private <T> CompletionStage<T> call(java.util.concurrent.Callable<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        try {
            engineThread.execute(() -> {
                try {
                    result.complete(work.call());
                } catch (Throwable e) {
                    result.completeExceptionally(e);
                }
            });
        } catch (RuntimeException rejected) {
            result.completeExceptionally(rejected);
        }
        return result;
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }
}
