package dev.attune.bench;

import dev.attune.core.domain.AgentProfile;
import dev.attune.core.domain.AgentState;
import dev.attune.core.domain.Call;
import dev.attune.core.domain.CareModel;
import dev.attune.core.domain.DecisionPath;
import dev.attune.core.domain.Offer;
import dev.attune.core.engine.PlanMode;
import dev.attune.core.engine.PoolStatus;
import dev.attune.core.engine.RoutingDirective;
import dev.attune.core.engine.RoutingEngine;
import dev.attune.core.engine.RoutingPolicy;
import dev.attune.core.engine.RoutingSettings;
import dev.attune.core.engine.event.AgentProfileChanged;
import dev.attune.core.engine.event.AgentStateChanged;
import dev.attune.core.engine.event.CallAbandoned;
import dev.attune.core.engine.event.CallArrived;
import dev.attune.core.engine.event.CallEnded;
import dev.attune.core.engine.event.EmotionEstimated;
import dev.attune.core.engine.event.OfferAccepted;
import dev.attune.core.engine.event.OfferRejected;
import dev.attune.core.engine.event.RoutingEvent;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;

/**
 * One latency configuration, in real time on the wall clock with the engine in BACKGROUND mode (so the
 * planner thread competes for the CPU as in the service): Poisson arrivals at a fixed rate into a pool
 * staffed for a given occupancy (85% by default), agents who answer, talk, wrap up and take breaks, callers who hang up
 * when their patience runs out, and an emotion estimate per live call every 10 s.
 *
 * <p>Latency is measured open-loop from when an event was due to when {@code apply} returned, so time an
 * event spent waiting behind earlier ones counts (no coordinated omission).
 */
final class LatencyRun {
    private static final double PATIENCE_SECONDS = 90;
    private static final double BREAKS_PER_AGENT_HOUR = 2;
    private static final long EMOTION_EVERY_NANOS = 10_000_000_000L;
    private static final long TICK_EVERY_NANOS = 100_000_000L;
    private static final double REJECT_SHARE = 0.02;

    record Result(int agents, int rate, Histogram decisionService, Histogram decisionCpu, Histogram arrivalToOffer, Histogram freeToOffer,
            Histogram allEvents,
            long events, long offers, Map<DecisionPath, Long> paths, long fallbacks, long plans, long holds,
            double maxLagMillis, long engineCpuNanos, long engineAllocatedBytes) {
        /** The routing thread's CPU over the measured window (every event and tick, not the harness) per offer. */
        double cpuMicrosPerOffer() {
            return offers == 0 ? 0 : engineCpuNanos / 1e3 / offers;
        }

        /** The bytes the routing thread allocated over the measured window per offer: what the GC has to collect. */
        double kilobytesPerOffer() {
            return offers == 0 ? 0 : engineAllocatedBytes / 1024.0 / offers;
        }
    }

    private enum Kind { ARRIVAL, EMOTION, ANSWER, END, AVAILABLE, BREAK, ABANDON, TICK }

    private record Task(long due, long seq, Kind kind, String id, Offer offer) {
    }

    private final BenchWorld world;
    private final int agents;
    private final int rate;
    private final Random random;
    private final PriorityQueue<Task> tasks = new PriorityQueue<>(
            (a, b) -> a.due != b.due ? Long.compare(a.due, b.due) : Long.compare(a.seq, b.seq));
    private final Map<String, Offer> pendingByCall = new HashMap<>();
    private final Map<String, String> talkingAgent = new HashMap<>();
    private final Set<String> gone = new HashSet<>();
    private final Map<String, Boolean> agentFree = new HashMap<>();
    private final List<String> agentIds = new ArrayList<>();
    private final Histogram arrivalToOffer = new Histogram(60_000_000_000L, 3);
    private final Histogram freeToOffer = new Histogram(60_000_000_000L, 3);
    private final Histogram allEvents = new Histogram(60_000_000_000L, 3);
    private final Histogram decisionService = new Histogram(60_000_000_000L, 3);
    private final Histogram decisionCpu = new Histogram(60_000_000_000L, 3);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.ThreadMXBean ALLOCATIONS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private long engineCpuNanos;
    private long engineAllocatedBytes;
    private final double handleSeconds;
    private long seq;
    private long start;
    private long measureFrom;
    private long events;
    private int callNo;
    private double maxLagMillis;

    private final PlanMode mode;

    /** @param occupancy share of agent time on calls the staffing aims at: 0.85 a busy centre, 0.5 many free agents per call */
    LatencyRun(BenchWorld world, int agents, int rate, double occupancy, long seed, PlanMode mode) {
        this.mode = mode;
        this.world = world;
        this.agents = agents;
        this.rate = rate;
        this.random = new Random(seed);
        this.handleSeconds = occupancy * agents / rate; // agent time per call: ring + talk + wrap
    }

    Result run(Duration warmup, Duration measure) {
        RoutingSettings settings = new RoutingSettings(world.catalogue, CareModel.defaults(), RoutingPolicy.defaults(),
                world.weights);
        try (RoutingEngine engine = new RoutingEngine(settings, Clock.systemUTC(), mode)) {
            start = System.nanoTime();
            staff(engine);
            start = System.nanoTime();
            measureFrom = start + warmup.toNanos();
            long end = measureFrom + measure.toNanos();
            schedule(start + exp(1.0 / rate), Kind.ARRIVAL, null, null);
            schedule(start + TICK_EVERY_NANOS, Kind.TICK, null, null);
            schedule(start + exp(3600.0 / (BREAKS_PER_AGENT_HOUR * agents)), Kind.BREAK, null, null);
            long offersAtStart = 0;
            boolean measuring = false;
            Map<DecisionPath, Long> pathsAtStart = Map.of();
            while (!tasks.isEmpty() && tasks.peek().due < end) {
                Task task = tasks.poll();
                waitUntil(task.due);
                if (!measuring && task.due >= measureFrom) {
                    measuring = true;
                    PoolStatus status = engine.status(BenchWorld.POOL);
                    pathsAtStart = status.counters().decisions();
                    offersAtStart = total(pathsAtStart);
                }
                perform(engine, task);
            }
            PoolStatus status = engine.status(BenchWorld.POOL);
            Map<DecisionPath, Long> paths = new HashMap<>();
            for (Map.Entry<DecisionPath, Long> e : status.counters().decisions().entrySet()) {
                paths.put(e.getKey(), e.getValue() - pathsAtStart.getOrDefault(e.getKey(), 0L));
            }
            return new Result(agents, rate, decisionService, decisionCpu, arrivalToOffer, freeToOffer, allEvents, events,
                    total(status.counters().decisions()) - offersAtStart, paths, status.counters().fallbacks(),
                    status.counters().plansAdopted(), status.counters().holds(), maxLagMillis, engineCpuNanos,
                    engineAllocatedBytes);
        }
    }

    /** Everyone logged in and mid-call, freeing up spread over one handle time: the pool starts in steady state. */
    private void staff(RoutingEngine engine) {
        Instant now = Instant.now();
        for (int i = 0; i < agents; i++) {
            AgentProfile profile = world.randomAgent(random, "a" + i);
            agentIds.add(profile.id());
            engine.apply(new AgentProfileChanged(profile, now));
            long freeIn = (long) (random.nextDouble() * handleSeconds * 1e9);
            engine.apply(new AgentStateChanged(BenchWorld.POOL, profile.id(), AgentState.BUSY,
                    now.plusNanos(freeIn), now));
            agentFree.put(profile.id(), false);
            schedule(System.nanoTime() + freeIn, Kind.AVAILABLE, profile.id(), null);
        }
    }

    private void perform(RoutingEngine engine, Task task) {
        Instant now = Instant.now();
        switch (task.kind) {
            case ARRIVAL -> {
                Call call = world.randomCall(random, "c" + callNo++, now, agentIds);
                List<RoutingDirective> out = timed(engine, new CallArrived(call), task.due, arrivalToOffer);
                handle(out, task.due);
                schedule(task.due + (long) (PATIENCE_SECONDS * 1e9 * -Math.log(1 - random.nextDouble())),
                        Kind.ABANDON, call.id(), null);
                schedule(task.due + 2_000_000_000L, Kind.EMOTION, call.id(), null);
                schedule(task.due + exp(1.0 / rate), Kind.ARRIVAL, null, null);
            }
            case EMOTION -> {
                if (pendingByCall.containsKey(task.id) || talkingAgent.containsKey(task.id) || waiting(task.id)) {
                    handle(timed(engine, new EmotionEstimated(BenchWorld.POOL,
                            world.randomEmotion(random, task.id, now)), task.due, null), task.due);
                    schedule(task.due + EMOTION_EVERY_NANOS, Kind.EMOTION, task.id, null);
                }
            }
            case ANSWER -> {
                Offer offer = task.offer;
                if (pendingByCall.get(offer.callId()) != offer) {
                    return; // rescinded meanwhile
                }
                pendingByCall.remove(offer.callId());
                if (random.nextDouble() < REJECT_SHARE) {
                    handle(timed(engine, new OfferRejected(BenchWorld.POOL, offer.decisionId(), offer.callId(),
                            offer.agentId(), "declined", now), task.due, null), task.due);
                    return;
                }
                handle(timed(engine, new OfferAccepted(BenchWorld.POOL, offer.decisionId(), offer.callId(),
                        offer.agentId(), now), task.due, null), task.due);
                talkingAgent.put(offer.callId(), offer.agentId());
                schedule(task.due + seconds(0.80 * handleSeconds), Kind.END, offer.callId(), null);
            }
            case END -> {
                String agentId = talkingAgent.remove(task.id);
                gone.add(task.id);
                handle(timed(engine, new CallEnded(BenchWorld.POOL, task.id, agentId, null, null, null, now),
                        task.due, null), task.due);
                long wrap = seconds(0.15 * handleSeconds);
                handle(timed(engine, new AgentStateChanged(BenchWorld.POOL, agentId, AgentState.WRAP_UP,
                        now.plusNanos(wrap), now), task.due, null), task.due);
                schedule(task.due + wrap, Kind.AVAILABLE, agentId, null);
            }
            case AVAILABLE -> {
                agentFree.put(task.id, true);
                handle(timed(engine, new AgentStateChanged(BenchWorld.POOL, task.id, AgentState.AVAILABLE, null, now),
                        task.due, freeToOffer), task.due);
            }
            case BREAK -> {
                String agentId = agentIds.get(random.nextInt(agentIds.size()));
                if (agentFree.getOrDefault(agentId, false)) {
                    agentFree.put(agentId, false);
                    handle(timed(engine, new AgentStateChanged(BenchWorld.POOL, agentId, AgentState.AWAY, null, now),
                            task.due, null), task.due);
                    schedule(task.due + 120_000_000_000L, Kind.AVAILABLE, agentId, null);
                }
                schedule(task.due + exp(3600.0 / (BREAKS_PER_AGENT_HOUR * agents)), Kind.BREAK, null, null);
            }
            case ABANDON -> {
                if (waiting(task.id) || pendingByCall.containsKey(task.id)) {
                    handle(timed(engine, new CallAbandoned(BenchWorld.POOL, task.id, now), task.due, null), task.due);
                    gone.add(task.id);
                }
            }
            case TICK -> {
                ThreadMark before = ThreadMark.now();
                List<RoutingDirective> out = engine.tick();
                ThreadMark spent = before.spent();
                if (task.due >= measureFrom) {
                    count(spent);
                }
                handle(out, task.due);
                if (task.due >= measureFrom) {
                    allEvents.recordValue(Math.max(0, System.nanoTime() - task.due));
                }
                schedule(task.due + TICK_EVERY_NANOS, Kind.TICK, null, null);
            }
        }
    }

    /** A call that arrived and is neither offered, on a call, ended nor abandoned. */
    private boolean waiting(String callId) {
        return !gone.contains(callId) && !talkingAgent.containsKey(callId) && !pendingByCall.containsKey(callId);
    }

    private List<RoutingDirective> timed(RoutingEngine engine, RoutingEvent event, long due, Histogram offers) {
        ThreadMark before = ThreadMark.now();
        long began = System.nanoTime();
        List<RoutingDirective> out = engine.apply(event);
        long done = System.nanoTime();
        ThreadMark spent = before.spent();
        events++;
        if (due >= measureFrom) {
            count(spent);
            allEvents.recordValue(Math.max(0, done - due));
            if (out.stream().anyMatch(d -> d instanceof RoutingDirective.OfferCreated)) {
                decisionService.recordValue(done - began);
                decisionCpu.recordValue(Math.max(0, spent.cpuNanos()));
                if (offers != null) {
                    offers.recordValue(Math.max(0, done - due));
                }
            }
        }
        return out;
    }

    private void count(ThreadMark spent) {
        engineCpuNanos += spent.cpuNanos();
        engineAllocatedBytes += spent.bytes();
    }

    /** The routing thread's CPU time and allocated bytes at a moment, or spent between two. */
    private record ThreadMark(long cpuNanos, long bytes) {
        static ThreadMark now() {
            return new ThreadMark(THREADS.getCurrentThreadCpuTime(), ALLOCATIONS.getCurrentThreadAllocatedBytes());
        }

        /** What the thread spent from this mark until now. */
        ThreadMark spent() {
            ThreadMark now = now();
            return new ThreadMark(now.cpuNanos - cpuNanos, now.bytes - bytes);
        }
    }

    /** Agents answer each offer after a short ring; rescinded offers are forgotten. */
    private void handle(List<RoutingDirective> directives, long due) {
        for (RoutingDirective directive : directives) {
            Offer offer = directive.offer();
            if (directive instanceof RoutingDirective.OfferCreated) {
                pendingByCall.put(offer.callId(), offer);
                agentFree.put(offer.agentId(), false);
                schedule(due + seconds(Math.min(0.3, 0.05 * handleSeconds)), Kind.ANSWER, offer.callId(), offer);
            } else if (pendingByCall.get(offer.callId()) == offer) {
                pendingByCall.remove(offer.callId());
            }
        }
    }

    private void waitUntil(long due) {
        long lag = System.nanoTime() - due;
        if (lag > 0) {
            maxLagMillis = Math.max(maxLagMillis, lag / 1e6);
            return;
        }
        while (true) {
            long left = due - System.nanoTime();
            if (left <= 0) {
                return;
            }
            if (left > 200_000) {
                LockSupport.parkNanos(left - 100_000);
            } else {
                Thread.onSpinWait();
            }
        }
    }

    private void schedule(long due, Kind kind, String id, Offer offer) {
        tasks.add(new Task(due, seq++, kind, id, offer));
    }

    private long exp(double meanSeconds) {
        return (long) (-Math.log(1 - random.nextDouble()) * meanSeconds * 1e9);
    }

    private long seconds(double meanSeconds) {
        return exp(meanSeconds);
    }

    private static long total(Map<DecisionPath, Long> paths) {
        return paths.values().stream().mapToLong(Long::longValue).sum();
    }
}
