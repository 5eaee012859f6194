package dev.attune.core.engine;

import dev.attune.core.domain.AgentState;
import dev.attune.core.domain.Catalogue;
import dev.attune.core.domain.ControlArm;
import dev.attune.core.domain.Offer;
import dev.attune.core.domain.RoutingWeights;
import dev.attune.core.domain.UnknownProductException;
import dev.attune.core.engine.event.AgentRemoved;
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
    private volatile EngineConfig config;
    private final Map<String, PoolSlot> pools = new ConcurrentHashMap<>();
    private final Map<String, String> poolOfAgent = new ConcurrentHashMap<>();
    private final PlanRunner plans;
    private final InputWatermark input = new InputWatermark();
    private volatile boolean routingSuspended;

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
        this.plans = new PlanRunner(clock, Objects.requireNonNull(mode, "mode"), planner, () -> config,
                () -> poolIds().stream().map(pools::get).toList());
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
        PoolSlot slot = slotFor(event, now, out);
        if (slot != null) {
            withLock(slot, now, () -> applyTo(slot, event, now, out));
        }
        return out;
    }

    /** The pool an event belongs to, created for arrivals and profiles; null when there is nothing to update. */
    private PoolSlot slotFor(RoutingEvent event, Instant now, List<RoutingDirective> out) {
        String poolId;
        try {
            poolId = event == null ? null : event.poolId();
        } catch (NullPointerException e) {
            throw new RejectedEventException(Refusal.INVALID_VALUE, "incomplete event (no call or profile): " + event,
                    e);
        }
        if (poolId == null) {
            throw new RejectedEventException(Refusal.INVALID_VALUE, "an event needs a routing pool");
        }
        EventReach reach = EventReach.of(event);
        if (event instanceof AgentRemoved) {
            poolOfAgent.remove(event.agentId(), event.poolId());
        }
        if (reach == EventReach.PROFILE) {
            String agentId = event.agentId();
            String previous = poolOfAgent.put(agentId, event.poolId());
            if (previous != null && !previous.equals(event.poolId())) {
                PoolSlot old = pools.get(previous);
                if (old != null) {
                    withLock(old, now, () -> old.pool.removeAgent(agentId, now, out));
                }
            }
        }
        PoolSlot slot = reach.mayCreatePool()
                ? pools.computeIfAbsent(event.poolId(), id -> new PoolSlot(new Pool(id, config)))
                : pools.get(event.poolId());
        if (slot == null && reach == EventReach.ABOUT_AGENT) {
            throw new RejectedEventException(Refusal.UNKNOWN_AGENT, "routing pool '" + event.poolId()
                    + "' has no agents: an agent's profile must arrive before its state or offers");
        }
        return slot; // null: about a call in a pool we have never seen, nothing to update
    }

    private static void applyTo(PoolSlot slot, RoutingEvent event, Instant now, List<RoutingDirective> out) {
        try {
            slot.pool.apply(event, now, out);
        } catch (RejectedEventException e) {
            slot.pool.counters().rejectedEvents++;
            throw e;
        } catch (IllegalArgumentException | NullPointerException e) {
            slot.pool.counters().rejectedEvents++;
            throw new RejectedEventException(refusalOf(e), e.getMessage() == null ? e.toString() : e.getMessage(), e);
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
        Set<PoolSlot> touched = new java.util.LinkedHashSet<>();
        try {
            for (int i = 0; i < events.size(); i++) {
                RoutingEvent event = events.get(i);
                try {
                    PoolSlot slot = slotFor(event, now, out);
                    if (slot == null) {
                        continue;
                    }
                    if (touched.add(slot)) {
                        withLock(slot, now, slot.pool::beginBatch);
                    }
                    withLock(slot, now, () -> applyTo(slot, event, now, out));
                } catch (RejectedEventException e) {
                    rejections.add(new BatchOutcome.Rejection(i, event, e.refusal(), e.getMessage()));
                }
            }
        } finally {
            for (PoolSlot slot : touched) {
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
            PoolSlot slot = pools.get(poolId);
            withLock(slot, now, () -> {
                slot.pool.beginBatch();
                try {
                    slot.pool.tick(now, input.cutoff(poolId, now), out);
                } finally {
                    slot.pool.endBatch(now, out);
                }
                plans.inTick(slot, now, out);
            });
        }
        return out;
    }

    /**
     * From now on a reservation deadline is judged by the progress of the input, not by the engine clock: an
     * offer counts as unanswered only once the input is known consumed ({@link #inputConsumed}) up to its
     * deadline plus {@code grace}, so an answer the ACD gave in time but that reached us late (the broker was
     * down, the service frozen or behind its input) is applied before the offer is judged. Until the first
     * report no deadline is judged at all: a restarted service reads its backlog, where the answers wait, first.
     */
    public void judgeDeadlinesByInput(Duration grace) {
        input.judgeByInput(grace);
    }

    /** Every pool's input is consumed up to {@code upTo}: what was published before then is applied. */
    public void inputConsumed(Instant upTo) {
        input.consumed(upTo);
    }

    /** One pool's input is consumed up to {@code upTo}. The watermark never goes back. */
    public void inputConsumed(String poolId, Instant upTo) {
        input.consumed(poolId, upTo);
    }

    /** Queue health of one pool. @throws NoSuchElementException for a pool the engine has never seen */
    public PoolStatus status(String poolId) {
        PoolSlot slot = slot(poolId);
        Instant now = clock.instant();
        PoolStatus[] status = new PoolStatus[1];
        withLock(slot, now, () -> status[0] = slot.pool.status(now));
        return status[0];
    }

    /** Every agent's live state in one pool, by id. @throws NoSuchElementException for a pool never seen */
    public Map<String, AgentState> agentStates(String poolId) {
        PoolSlot slot = slot(poolId);
        Instant now = clock.instant();
        List<Map<String, AgentState>> result = new ArrayList<>();
        withLock(slot, now, () -> result.add(slot.pool.agentStates()));
        return result.get(0);
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

    public ControlArm controlArm() {
        return config.controlArm();
    }

    /** Which calls the live benchmark's control arm routes by longest idle, from the next decision on. */
    public void updateControlArm(ControlArm controlArm) {
        synchronized (this) {
            config = config.withControlArm(Objects.requireNonNull(controlArm, "controlArm"));
        }
    }

    /**
     * The pools that ask for the caller's exact region (es-US reaches only es-US agents there); the others match
     * on the language alone. A pool whose setting changed reconsiders its waiting calls at the next tick.
     */
    public void updateExactRegionPools(Set<String> poolIds) {
        synchronized (this) {
            config = config.withExactRegionPools(Objects.requireNonNull(poolIds, "poolIds"));
        }
    }

    /** The pools that ask for the caller's exact region. */
    public Set<String> exactRegionPools() {
        return config.exactRegionPools();
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
        PoolSlot slot = slot(poolId);
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
            for (PoolSlot slot : pools.values()) {
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
        PoolSlot slot = pools.get(offer.poolId());
        if (slot == null) {
            throw new RejectedEventException(Refusal.INCONSISTENT,
                    "offer " + offer.decisionId() + " names unknown pool '" + offer.poolId() + "'");
        }
        withLock(slot, clock.instant(), () -> slot.pool.adoptOffer(offer, clock.instant()));
    }

    /**
     * Takes these pools over from {@code rebuilt}, an engine that replayed their history, as they are there;
     * a pool {@code rebuilt} lacks is dropped here. The other pools are not touched. The pools taken over judge
     * no reservation deadline until the input is reported consumed from now on: their answers may still wait
     * in the backlog this engine has not read.
     */
    public void replacePools(RoutingEngine rebuilt, Set<String> poolIds) {
        Instant now = clock.instant();
        for (String poolId : poolIds) {
            PoolSlot taken = rebuilt.pools.get(poolId);
            if (taken == null) {
                pools.remove(poolId);
            } else {
                pools.put(poolId, taken);
                input.holdUntilReported(poolId, now);
            }
        }
        poolOfAgent.values().removeIf(poolIds::contains);
        rebuilt.poolOfAgent.forEach((agent, pool) -> {
            if (poolIds.contains(pool)) {
                poolOfAgent.put(agent, pool);
            }
        });
    }

    @Override
    public void close() {
        plans.close();
    }

    // ---------------------------------------------------------------- plumbing

    private void withLock(PoolSlot slot, Instant now, Runnable work) {
        slot.lock.lock();
        try {
            slot.pool.configure(config);
            slot.pool.suspendRouting(routingSuspended);
            work.run();
        } finally {
            slot.lock.unlock();
        }
    }

    private PoolSlot slot(String poolId) {
        PoolSlot slot = poolId == null ? null : pools.get(poolId);
        if (slot == null) {
            throw new NoSuchElementException("no routing pool '" + poolId + "'");
        }
        return slot;
    }

    /** A value the domain refused while applying an event: an unknown product, or an invalid value. */
    private static Refusal refusalOf(RuntimeException e) {
        return e instanceof UnknownProductException ? Refusal.UNKNOWN_PRODUCT : Refusal.INVALID_VALUE;
    }
}
