package dev.attune.core.engine;

import dev.attune.core.domain.Catalogue;
import dev.attune.core.domain.Offer;
import dev.attune.core.domain.RoutingWeights;
import dev.attune.core.engine.event.AgentProfileChanged;
import dev.attune.core.engine.event.AgentStateChanged;
import dev.attune.core.engine.event.CallArrived;
import dev.attune.core.engine.event.OfferAccepted;
import dev.attune.core.engine.event.OfferRejected;
import dev.attune.core.engine.event.OfferTimedOut;
import dev.attune.core.engine.event.RoutingEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The real-time routing engine: events in, offers out. Every event is answered at once by the instant
 * decider (eligibility index plus the solver's own scoring terms); a Timefold plan, solved from batched,
 * pre-filtered pool snapshots in the background (or inside {@link #tick()} when STEPPED), says which call
 * each agent should take next and which agent to hold for a high-care caller, and the decider follows it
 * while it is fresh and valid. When the solver fails or misses its deadline, routing falls back to
 * skills-based longest idle until a plan succeeds again. A batch of events ({@link #applyAll}, e.g. one
 * Kafka poll) is decided jointly and exactly, so a burst of calls meeting several free agents is not
 * assigned first come, first served.
 *
 * <p>Thread-safe: each pool has its own lock, so pools never wait for each other. Time comes only from the
 * injected clock. Call {@link #tick()} regularly (every 100-250 ms of the clock): reservation deadlines,
 * hold deadlines and new plans are acted on there, and its directives must be published like
 * {@link #apply}'s.
 */
public final class RoutingEngine implements AutoCloseable {
    private final Clock clock;
    private final PlanMode mode;
    private final Planner injectedPlanner;
    private volatile Planner planner;
    private volatile EngineConfig config;
    private final Map<String, Slot> pools = new ConcurrentHashMap<>();
    private final Map<String, String> poolOfAgent = new ConcurrentHashMap<>();
    private final ScheduledExecutorService background;
    private volatile boolean routingSuspended;

    /** A pool, its lock, and what the background solver left for the next tick. */
    private static final class Slot {
        final ReentrantLock lock = new ReentrantLock();
        final Pool pool;
        PoolPlan readyPlan;
        String readyFailure;

        Slot(Pool pool) {
            this.pool = pool;
        }
    }

    public RoutingEngine(RoutingSettings settings, Clock clock, PlanMode mode) {
        this(settings, clock, mode, null);
    }

    /**
     * @param planner the planner to use instead of Timefold (tests inject failing or slow ones); null for the
     *                default. Ignored when the mode is OFF.
     */
    public RoutingEngine(RoutingSettings settings, Clock clock, PlanMode mode, Planner planner) {
        this.config = EngineConfig.of(Objects.requireNonNull(settings, "settings"));
        this.clock = Objects.requireNonNull(clock, "clock");
        this.mode = Objects.requireNonNull(mode, "mode");
        this.injectedPlanner = planner;
        if (mode == PlanMode.BACKGROUND) {
            background = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "attune-planner");
                thread.setDaemon(true);
                return thread;
            });
            long interval = settings.policy().planInterval().toMillis();
            background.scheduleWithFixedDelay(this::planRound, interval, interval, TimeUnit.MILLISECONDS);
        } else {
            background = null;
        }
    }

    /**
     * Applies one event and returns the offers it created or rescinded, in order.
     *
     * @throws RejectedEventException when the event contradicts what the engine knows (an agent with no
     *                                profile, an unknown product, an invalid value). Duplicates and stale
     *                                events are ignored and return no directive.
     */
    public List<RoutingDirective> apply(RoutingEvent event) {
        Instant now = clock.instant();
        List<RoutingDirective> out = new ArrayList<>();
        Slot slot = slotFor(event, now, out);
        if (slot != null) {
            withLock(slot, now, () -> applyTo(slot, event, now, out));
        }
        return out;
    }

    /** The pool an event belongs to, created for arrivals and profiles; null when there is nothing to update. */
    private Slot slotFor(RoutingEvent event, Instant now, List<RoutingDirective> out) {
        String poolId;
        try {
            poolId = event == null ? null : event.poolId();
        } catch (NullPointerException e) {
            throw new RejectedEventException("incomplete event (no call or profile): " + event, e);
        }
        if (poolId == null) {
            throw new RejectedEventException("an event needs a routing pool");
        }
        if (event instanceof AgentProfileChanged changed) {
            String agentId = changed.profile().id();
            String previous = poolOfAgent.put(agentId, event.poolId());
            if (previous != null && !previous.equals(event.poolId())) {
                Slot old = pools.get(previous);
                if (old != null) {
                    withLock(old, now, () -> old.pool.removeAgent(agentId, now, out));
                }
            }
        }
        Slot slot = event instanceof CallArrived || event instanceof AgentProfileChanged
                ? pools.computeIfAbsent(event.poolId(), id -> new Slot(new Pool(id, config)))
                : pools.get(event.poolId());
        if (slot == null && mentionsAgent(event)) {
            throw new RejectedEventException("routing pool '" + event.poolId() + "' has no agents: "
                    + "an agent's profile must arrive before its state or offers");
        }
        return slot; // null: about a call in a pool we have never seen, nothing to update
    }

    private static void applyTo(Slot slot, RoutingEvent event, Instant now, List<RoutingDirective> out) {
        try {
            slot.pool.apply(event, now, out);
        } catch (RejectedEventException e) {
            slot.pool.counters().rejectedEvents++;
            throw e;
        } catch (IllegalArgumentException | NullPointerException e) {
            slot.pool.counters().rejectedEvents++;
            throw new RejectedEventException(e.getMessage() == null ? e.toString() : e.getMessage(), e);
        }
    }

    /**
     * Applies a batch of events (for example one Kafka poll) and then decides everything it touched jointly:
     * a burst of arrivals meeting several free agents is assigned as a whole, exactly, instead of first come
     * first served. Events are applied in order; an inconsistent one is refused and reported, the rest go on.
     */
    public BatchOutcome applyAll(List<? extends RoutingEvent> events) {
        Instant now = clock.instant();
        List<RoutingDirective> out = new ArrayList<>();
        List<BatchOutcome.Rejection> rejections = new ArrayList<>();
        Set<Slot> touched = new java.util.LinkedHashSet<>();
        try {
            for (int i = 0; i < events.size(); i++) {
                RoutingEvent event = events.get(i);
                try {
                    Slot slot = slotFor(event, now, out);
                    if (slot == null) {
                        continue;
                    }
                    if (touched.add(slot)) {
                        withLock(slot, now, slot.pool::beginBatch);
                    }
                    withLock(slot, now, () -> applyTo(slot, event, now, out));
                } catch (RejectedEventException e) {
                    rejections.add(new BatchOutcome.Rejection(i, event, e.getMessage()));
                }
            }
        } finally {
            for (Slot slot : touched) {
                withLock(slot, now, () -> slot.pool.endBatch(now, out));
            }
        }
        return new BatchOutcome(out, rejections);
    }

    /**
     * Time-driven work: reservations past their deadline (RONA: rescind, re-queue at the original position,
     * exclude the agent, agent AWAY if the policy says so), holds past their bound, a fresh plan adopted
     * (STEPPED: solved here and now), and the fallback entered when the solver failed or is late.
     */
    public List<RoutingDirective> tick() {
        Instant now = clock.instant();
        List<RoutingDirective> out = new ArrayList<>();
        for (String poolId : poolIds()) {
            Slot slot = pools.get(poolId);
            withLock(slot, now, () -> {
                slot.pool.beginBatch();
                try {
                    slot.pool.tick(now, out);
                } finally {
                    slot.pool.endBatch(now, out);
                }
                if (mode == PlanMode.STEPPED) {
                    planNow(slot, now, out);
                } else if (mode == PlanMode.BACKGROUND) {
                    collectPlan(slot, now, out);
                }
            });
        }
        return out;
    }

    /** Queue health of one pool. @throws NoSuchElementException for a pool the engine has never seen */
    public PoolStatus status(String poolId) {
        Slot slot = slot(poolId);
        Instant now = clock.instant();
        PoolStatus[] status = new PoolStatus[1];
        withLock(slot, now, () -> status[0] = slot.pool.status(now));
        return status[0];
    }

    public Set<String> poolIds() {
        return new TreeSet<>(pools.keySet());
    }

    public RoutingWeights weights() {
        return config.weights();
    }

    /** New weights apply to every later decision and, from the next tick, to calls already waiting or held. */
    public void updateWeights(RoutingWeights weights) {
        synchronized (this) {
            config = config.withWeights(Objects.requireNonNull(weights, "weights"));
        }
    }

    /** A new catalogue refiles every agent's eligibility; waiting calls are reconsidered at the next tick. */
    public void updateCatalogue(Catalogue catalogue) {
        synchronized (this) {
            config = config.withCatalogue(Objects.requireNonNull(catalogue, "catalogue"));
        }
    }

    /**
     * Who else could take a live call, best first: the qualified agents at work, with their match score,
     * per-constraint contributions and whether they could take it now.
     *
     * @throws NoSuchElementException for an unknown pool, or a call that is not (or no longer) live
     */
    public List<AgentRecommendation> recommend(String poolId, String callId, int limit) {
        Slot slot = slot(poolId);
        Instant now = clock.instant();
        List<List<AgentRecommendation>> result = new ArrayList<>();
        withLock(slot, now, () -> result.add(slot.pool.recommend(callId, limit, now)));
        return result.get(0);
    }

    /**
     * Suspends (true) or resumes (false) routing, for a restart that replays history: while suspended,
     * {@link #apply} and {@link #tick} change state and may end offers (a deadline, a hang-up) but never
     * create one or hold a call. On resume, the next tick reconsiders every pool.
     */
    public void suspendRouting(boolean suspended) {
        routingSuspended = suspended;
        if (!suspended) {
            Instant now = clock.instant();
            for (Slot slot : pools.values()) {
                withLock(slot, now, () -> {
                });
            }
        }
    }

    /**
     * Re-establishes an offer published before a restart: its waiting call is reserved for its agent under
     * the same decision id until the same deadline, so the ACD's answer to it still fits.
     *
     * @throws RejectedEventException when the pool, the call (not waiting) or the agent is unknown
     */
    public void adopt(Offer offer) {
        Slot slot = pools.get(offer.poolId());
        if (slot == null) {
            throw new RejectedEventException("offer " + offer.decisionId() + " names unknown pool '"
                    + offer.poolId() + "'");
        }
        withLock(slot, clock.instant(), () -> slot.pool.adoptOffer(offer, clock.instant()));
    }

    @Override
    public void close() {
        if (background != null) {
            background.shutdownNow();
            try {
                background.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Planner current = planner;
        if (current != null) {
            current.close();
        }
    }

    // ---------------------------------------------------------------- planning

    /** STEPPED: solve synchronously when the plan interval has passed on the engine clock. */
    private void planNow(Slot slot, Instant now, List<RoutingDirective> out) {
        Pool pool = slot.pool;
        Instant last = pool.lastSnapshotAt();
        if (last != null && Duration.between(last, now).compareTo(config.policy().planInterval()) < 0) {
            return;
        }
        Pool.PlanInput input = pool.planInput(now);
        if (input == null) {
            return;
        }
        try {
            Map<String, String> assignments = planner().solve(input.snapshot());
            pool.adopt(PoolPlan.of(now, assignments), now, out);
        } catch (RuntimeException e) {
            pool.planFailed("the solver failed: " + describe(e), now, out);
        }
    }

    /** BACKGROUND, on the planner thread: snapshot each pool under its lock, solve outside it, leave the result. */
    private void planRound() {
        for (String poolId : poolIds()) {
            Slot slot = pools.get(poolId);
            Pool.PlanInput input;
            slot.lock.lock();
            try {
                slot.pool.configure(config);
                input = slot.pool.planInput(clock.instant());
                if (input != null) {
                    slot.pool.solveStarted(input.at());
                }
            } finally {
                slot.lock.unlock();
            }
            if (input == null) {
                continue;
            }
            PoolPlan plan = null;
            String failure = null;
            try {
                plan = PoolPlan.of(input.at(), planner().solve(input.snapshot()));
            } catch (RuntimeException e) {
                failure = "the solver failed: " + describe(e);
            }
            slot.lock.lock();
            try {
                Instant started = slot.pool.solveStartedAt();
                slot.pool.solveFinished();
                Duration took = started == null ? Duration.ZERO : Duration.between(started, clock.instant());
                if (failure == null && took.compareTo(config.policy().planDeadline()) > 0) {
                    failure = "the solver missed its deadline (" + took.toMillis() + " ms > "
                            + config.policy().planDeadline().toMillis() + " ms)";
                }
                slot.readyPlan = failure == null ? plan : null;
                slot.readyFailure = failure;
            } finally {
                slot.lock.unlock();
            }
            if (Thread.currentThread().isInterrupted()) {
                return;
            }
        }
    }

    /** BACKGROUND, in tick: adopt what the planner thread left, or notice that it is late. */
    private void collectPlan(Slot slot, Instant now, List<RoutingDirective> out) {
        Pool pool = slot.pool;
        if (slot.readyFailure != null) {
            String failure = slot.readyFailure;
            slot.readyFailure = null;
            pool.planFailed(failure, now, out);
        } else if (slot.readyPlan != null) {
            PoolPlan plan = slot.readyPlan;
            slot.readyPlan = null;
            pool.adopt(plan, now, out);
        }
        Instant started = pool.solveStartedAt();
        if (started != null) {
            Duration running = Duration.between(started, now);
            if (running.compareTo(config.policy().planDeadline()) > 0 && pool.fallbackReason() == null) {
                pool.planFailed("the solver missed its deadline (running " + running.toMillis() + " ms)", now, out);
            }
        }
    }

    private Planner planner() {
        Planner current = planner;
        if (current == null) {
            synchronized (this) {
                current = planner;
                if (current == null) {
                    current = injectedPlanner != null ? injectedPlanner : new TimefoldPlanner(config.policy(), mode);
                    planner = current;
                }
            }
        }
        return current;
    }

    // ---------------------------------------------------------------- plumbing

    private void withLock(Slot slot, Instant now, Runnable work) {
        slot.lock.lock();
        try {
            slot.pool.configure(config);
            slot.pool.suspendRouting(routingSuspended);
            work.run();
        } finally {
            slot.lock.unlock();
        }
    }

    private Slot slot(String poolId) {
        Slot slot = poolId == null ? null : pools.get(poolId);
        if (slot == null) {
            throw new NoSuchElementException("no routing pool '" + poolId + "'");
        }
        return slot;
    }

    private static boolean mentionsAgent(RoutingEvent event) {
        return event instanceof AgentStateChanged || event instanceof OfferAccepted
                || event instanceof OfferRejected || event instanceof OfferTimedOut;
    }

    private static String describe(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": "
                + e.getMessage();
    }
}
