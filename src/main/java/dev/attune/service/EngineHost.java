package dev.attune.service;

import dev.attune.core.engine.BatchOutcome;
import dev.attune.core.engine.PoolStatus;
import dev.attune.core.engine.RoutingDirective;
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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * Owns the one routing engine of this instance and is the only way in: every event, every tick and every
 * query runs on the {@link EngineThread}. The host drops duplicates, hands events to the engine and its
 * decisions to the {@link DecisionOutbox} (published to routing.decisions, then journalled in batches, in
 * decision order, by the {@link JournalSink}s: the decision journal; the dashboard, as CDI events
 * {@code @Observes RoutingDirective} and {@code @Observes RoutingEvent}). After a restart or a change of
 * partitions it swaps in an engine the {@link Recovery} rebuilt from history. Nothing is journalled while
 * history is replayed: it was journalled the first time.
 */
@ApplicationScoped
public class EngineHost {
    private static final Logger LOG = Logger.getLogger(EngineHost.class);

    /** Where the host is in its life, as readiness reports it. */
    public enum State {
        STARTING, RECOVERING, RUNNING, STOPPED
    }

    private final RoutingCoreFactory factory;
    private final HostSettings settings;
    private final RoutingMetrics metrics;
    private final FallbackLog fallbackLog = new FallbackLog();
    private final DecisionOutbox outbox;
    private final Recovery recovery;
    /** Where a batch's pools are applied side by side (issue 17); the engine thread waits for them. */
    private final PoolLanes lanes;
    private final Clock clock = Clock.systemUTC();
    /** The current engine's clock: held at recorded times while it replays history. */
    private ReplayClock engineClock = new ReplayClock(clock);
    /** When the engine was last rebuilt from history (wall clock), null before the first rebuild. */
    private volatile Instant rebuiltAt;
    private final SeenEvents seen;
    private final EngineThread engineThread = new EngineThread();

    private RoutingCore core;
    private Instant lastQueueRefresh = Instant.EPOCH;
    private volatile State state = State.STARTING;
    private volatile Instant lastTick;
    private volatile List<PoolStatus> statuses = List.of();
    private volatile RebuildReport lastRebuild;
    private volatile String recoveryProblem;
    private final AtomicInteger rebuilds = new AtomicInteger();

    @Inject
    public EngineHost(RoutingCoreFactory factory, DirectiveSink sink, JournalSink journal,
            Event<RoutingDirective> directives, Event<RoutingEvent> events, HostSettings settings,
            JournalSettings journalSettings, MeterRegistry registry, PoolLanes lanes) {
        // The dashboard first: it keeps up in memory while the database write may wait for a retry.
        this(factory, sink, List.of(new CdiObservers(directives, events), journal), settings, journalSettings,
                registry, lanes);
    }

    /** A host that applies every batch on the engine thread alone. */
    public EngineHost(RoutingCoreFactory factory, DirectiveSink sink, List<JournalSink> journal,
            HostSettings settings, JournalSettings journalSettings, MeterRegistry registry) {
        this(factory, sink, journal, settings, journalSettings, registry, PoolLanes.none());
    }

    /**
     * @param journal each receives every directive and every applied event but profile changes, in
     *                decision order, in batches, on the journal thread
     */
    public EngineHost(RoutingCoreFactory factory, DirectiveSink sink, List<JournalSink> journal,
            HostSettings settings, JournalSettings journalSettings, MeterRegistry registry, PoolLanes lanes) {
        this.factory = factory;
        this.lanes = lanes;
        this.settings = settings;
        this.metrics = new RoutingMetrics(registry);
        this.outbox = new DecisionOutbox(sink, new JournalQueue(journal, journalSettings, new JournalMetrics(registry)),
                metrics);
        this.recovery = new Recovery(factory, settings.tickInterval(), clock);
        this.seen = new SeenEvents(settings.dedupe().window(), settings.dedupe().maxEvents());
    }

    void onStart(@Observes StartupEvent startup) {
        start();
    }

    void onStop(@Observes ShutdownEvent shutdown) {
        stop();
    }

    public synchronized void start() {
        if (engineThread.ticking()) {
            return;
        }
        engineThread.call(() -> {
            core = factory.create(engineClock);
            return null;
        }).toCompletableFuture().join();
        outbox.start();
        state = settings.recoverOnStart() ? State.RECOVERING : State.RUNNING;
        Duration interval = Duration.ofMillis(Math.max(1, settings.tickInterval().toMillis()));
        engineThread.tickEvery(interval, this::tick);
        LOG.infof("routing engine started, ticking every %d ms%s", interval.toMillis(),
                state == State.RECOVERING ? ", waiting for partitions to replay" : "");
    }

    public synchronized void stop() {
        if (state == State.STOPPED) {
            return;
        }
        state = State.STOPPED;
        engineThread.shutdown(() -> {
            if (core != null) {
                core.close();
            }
            return null;
        }, Duration.ofSeconds(10));
        outbox.stop(Duration.ofSeconds(5));
    }

    /**
     * Applies one event on the engine thread. The returned stage completes as soon as the engine has
     * applied it; {@link Outcome#published()} completes when its decisions are on the broker.
     */
    public CompletionStage<Outcome> apply(RoutingEvent event, EventOrigin origin) {
        return engineThread.call(() -> applyNow(event, origin));
    }

    /**
     * Applies a batch of events (one Kafka poll) in one go, so the engine decides everything they touched
     * jointly. Returns one outcome per event, in order; the applied ones share one {@code published} stage.
     */
    public CompletionStage<List<Outcome>> applyAll(List<RoutingEvent> events, List<EventOrigin> origins) {
        if (events.size() != origins.size()) {
            throw new IllegalArgumentException("one origin per event");
        }
        return engineThread.call(() -> applyAllNow(events, origins));
    }

    /** Runs a read or an adjustment (weights, status, explanations) on the engine thread. */
    public <T> CompletionStage<T> withCore(Function<RoutingCore, T> work) {
        return engineThread.call(() -> work.apply(core));
    }

    /**
     * Replaces the engine with one rebuilt from history (see {@link Recovery}). Then routing resumes and the
     * first tick decides for calls that waited through the gap. Used after a restart and whenever Kafka hands
     * this instance a different set of pools.
     */
    public CompletionStage<RebuildReport> rebuild(List<Replayed> history) {
        return engineThread.call(() -> rebuildNow(history));
    }

    /**
     * Rebuilds only the pools a rebalance moved (those {@code moved} accepts) from their history and takes them
     * into the running engine; the other pools route on undisturbed. A moved pool no longer owned here goes
     * back to how the database has it (its agents logged out), so this instance never acts on it.
     */
    public CompletionStage<RebuildReport> rebuildPools(List<Replayed> history, Predicate<String> moved) {
        return engineThread.call(() -> rebuildPoolsNow(history, moved));
    }

    /**
     * The input (every partition this instance consumes) is applied up to {@code upTo}; a proof read before
     * the last rebuild is ignored, since the rebuilt engine may not hold what the old one had applied.
     */
    public void inputConsumed(Instant upTo) {
        engineThread.call(() -> {
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
            return outbox.awaitJournal(timeout);
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
        return Outcome.applied(directives, outbox.publish(directives, now, origin));
    }

    private RebuildReport rebuildNow(List<Replayed> history) {
        long started = System.nanoTime();
        Recovery.Rebuilt rebuilt = recovery.replay(history, seen, outbox);
        RoutingCore previous = core;
        core = rebuilt.core();
        engineClock = rebuilt.clock();
        if (previous != null) {
            previous.close();
        }
        return resumed(rebuilt, started, "every pool");
    }

    private RebuildReport rebuildPoolsNow(List<Replayed> history, Predicate<String> moved) {
        long started = System.nanoTime();
        Recovery.Rebuilt rebuilt = recovery.replayPools(history, seen, outbox, moved);
        Set<String> pools = new TreeSet<>();
        Stream.concat(core.statuses().stream(), rebuilt.core().statuses().stream())
                .map(PoolStatus::poolId).filter(moved).forEach(pools::add);
        core.replacePools(rebuilt.core(), pools);
        rebuilt.core().close();
        return resumed(rebuilt, started, "pools " + pools);
    }

    /** After a rebuild: routing resumes, and the first tick decides for calls that waited through the gap. */
    private RebuildReport resumed(Recovery.Rebuilt rebuilt, long started, String which) {
        rebuiltAt = clock.instant();
        Instant now = clock.instant();
        List<RoutingDirective> live = core.tick();
        outbox.publish(live, now, (EventOrigin) null);
        refreshStatuses(now);
        lastTick = now;
        if (state != State.STOPPED) {
            state = State.RUNNING;
        }
        RebuildReport report = new RebuildReport(rebuilt.inputs(), rebuilt.refused(), rebuilt.adopted(),
                rebuilt.notAdopted(), live.size(), Duration.ofNanos(System.nanoTime() - started));
        lastRebuild = report;
        recoveryProblem = null;
        rebuilds.incrementAndGet();
        LOG.infof("%s rebuilt from history: %s", which, report);
        return report;
    }

    private List<Outcome> applyAllNow(List<RoutingEvent> events, List<EventOrigin> origins) {
        Instant now = clock.instant();
        Outcome[] outcomes = new Outcome[events.size()];
        List<Integer> fresh = new ArrayList<>();
        Set<String> inBatch = new HashSet<>();
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
            batch = lanes.applyAll(core, fresh.stream().map(events::get).toList());
        } catch (RuntimeException e) {
            // A bug mid-batch: apply the events one by one (applying one twice changes nothing), so only
            // the event that breaks the engine is refused.
            LOG.errorf(e, "the engine failed on a batch of %d events; applying them one by one", fresh.size());
            for (int i : fresh) {
                outcomes[i] = applyNow(events.get(i), origins.get(i));
            }
            return List.of(outcomes);
        }
        Set<Integer> refused = new HashSet<>();
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
        // most polls (estimates, state changes) decide nothing: index their causes only when there is a decision
        CompletionStage<Void> published = outbox.publish(batch.directives(), now, batch.directives().isEmpty()
                ? directive -> null : new BatchCauses(events, origins, fresh, refused)::causeOf);
        for (int i : fresh) {
            if (!refused.contains(i)) {
                outcomes[i] = Outcome.applied(List.of(), published);
            }
        }
        return List.of(outcomes);
    }

    /** Bookkeeping for an event the engine took: dedupe, metrics, and the outbox (positions, journal). */
    private void accepted(RoutingEvent event, EventOrigin origin, Instant now) {
        metrics.event(event, Outcome.Status.APPLIED);
        if (origin.identity() != null) {
            seen.add(origin.identity(), event.poolId(), now);
        }
        outbox.accepted(event, origin);
    }

    private void tick() {
        try {
            Instant now = clock.instant();
            outbox.publish(core.tick(), now, (EventOrigin) null);
            if (!now.isBefore(lastQueueRefresh.plus(settings.queueRefresh()))) {
                refreshStatuses(now);
            }
            lastTick = now;
        } catch (RuntimeException e) {
            // A failing tick must not cancel the schedule: log it, and readiness shows the stall if it persists.
            LOG.error("engine tick failed", e);
        }
    }

    private void refreshStatuses(Instant now) {
        statuses = List.copyOf(core.statuses());
        metrics.queues(statuses);
        fallbackLog.observe(statuses, now);
        lastQueueRefresh = now;
    }
}
