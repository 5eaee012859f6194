package dev.attune.bench;

import dev.attune.core.domain.AgentProfile;
import dev.attune.core.domain.AgentState;
import dev.attune.core.domain.CareModel;
import dev.attune.core.engine.PlanMode;
import dev.attune.core.engine.RoutingDirective;
import dev.attune.core.engine.RoutingEngine;
import dev.attune.core.engine.RoutingPolicy;
import dev.attune.core.engine.RoutingSettings;
import dev.attune.core.engine.event.AgentProfileChanged;
import dev.attune.core.engine.event.AgentStateChanged;
import dev.attune.core.engine.event.CallArrived;
import dev.attune.core.engine.event.RoutingEvent;
import dev.attune.service.ReplayClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The backlog case that regressed once unnoticed (85 offers/s at 2,000 agents end to end): every agent busy, a
 * backlog of waiting calls, decided the way the service meets it. Three phases on one engine, each timed on
 * its own, the clock one millisecond on per event as in the service (so no decision instant is shared):
 * <ol>
 * <li><b>arrive</b>: the calls arrive one by one into a pool with nobody free (each one is decided alone: no
 * agent free, a hold scan over the agents about to be free);</li>
 * <li><b>free one by one</b>: half the backlog's worth of agents come free one at a time ({@code apply}), each
 * one offered the best of the waiting calls;</li>
 * <li><b>free in polls</b>: the other half come free in polls of ten ({@code applyAll}, as the Kafka intake
 * hands them over), each poll deciding the waiting calls those agents could serve jointly, or one by one
 * when the joint decision is too large.</li>
 * </ol>
 * Reports decisions (offers) per second of each phase.
 */
final class BacklogRun {
    private static final int POLL = 10;

    record Result(int agents, int calls, double arrivePerSecond, double oneByOnePerSecond, double pollsPerSecond,
            int offers) {
    }

    private final BenchWorld world;
    private final int agents;
    private final int calls;
    private final long seed;
    private final int freeWithinSeconds;

    /**
     * @param freeWithinSeconds the busy agents are free again within this many seconds: 120 is a real floor (a few
     *                          are hold candidates); a few seconds is the load test's squeezed cycle, where every busy
     *                          agent is free within the hold limit and so a hold candidate for every high-care call
     */
    BacklogRun(BenchWorld world, int agents, int calls, long seed, int freeWithinSeconds) {
        this.world = world;
        this.agents = agents;
        this.calls = calls;
        this.seed = seed;
        this.freeWithinSeconds = freeWithinSeconds;
    }

    Result run() {
        Random random = new Random(seed);
        Moving clock = new Moving(Instant.parse("2026-12-01T09:00:00Z"));
        RoutingSettings settings = new RoutingSettings(world.catalogue, CareModel.defaults(), RoutingPolicy.defaults(),
                world.weights);
        try (RoutingEngine engine = new RoutingEngine(settings, clock.clock, PlanMode.OFF)) {
            List<String> agentIds = staff(engine, clock, random);
            long start = System.nanoTime();
            for (int c = 0; c < calls; c++) {
                engine.apply(new CallArrived(world.randomCall(random, "c" + c, clock.step(), agentIds)));
            }
            double arrive = calls / seconds(start);
            int half = calls / 2;
            int offers = 0;
            start = System.nanoTime();
            for (int a = 0; a < half; a++) {
                offers += offers(engine.apply(available(agentIds.get(a), clock.step())));
            }
            double oneByOne = offers / seconds(start);
            int polled = 0;
            start = System.nanoTime();
            for (int a = half; a < 2 * half; a += POLL) {
                List<RoutingEvent> poll = new ArrayList<>();
                Instant at = clock.step();
                for (int i = a; i < Math.min(2 * half, a + POLL); i++) {
                    poll.add(available(agentIds.get(i), at));
                }
                polled += offers(engine.applyAll(poll).directives());
            }
            double polls = polled / seconds(start);
            return new Result(agents, calls, arrive, oneByOne, polls, offers + polled);
        }
    }

    /** Everyone logged in and on a call, free again within {@code freeWithinSeconds}. */
    private List<String> staff(RoutingEngine engine, Moving clock, Random random) {
        List<String> ids = new ArrayList<>();
        Instant now = clock.instant();
        for (int i = 0; i < agents; i++) {
            AgentProfile profile = world.randomAgent(random, "a" + i);
            ids.add(profile.id());
            engine.apply(new AgentProfileChanged(profile, now));
            engine.apply(new AgentStateChanged(BenchWorld.POOL, profile.id(), AgentState.BUSY,
                    now.plusMillis(1_000 + random.nextInt(freeWithinSeconds * 1_000)), now));
        }
        return ids;
    }

    private static AgentStateChanged available(String agentId, Instant at) {
        return new AgentStateChanged(BenchWorld.POOL, agentId, AgentState.AVAILABLE, null, at);
    }

    private static int offers(List<RoutingDirective> out) {
        return (int) out.stream().filter(d -> d instanceof RoutingDirective.OfferCreated).count();
    }

    private static double seconds(long since) {
        return Math.max(1, System.nanoTime() - since) / 1e9;
    }

    /** The engine's own clock held at each event's time, one millisecond on per event as in the service. */
    private static final class Moving {
        private final ReplayClock clock = new ReplayClock(java.time.Clock.systemUTC());
        private Instant now;

        Moving(Instant start) {
            now = start;
            clock.replayAt(start);
        }

        Instant step() {
            now = now.plusMillis(1);
            clock.replayAt(now);
            return now;
        }

        Instant instant() {
            return now;
        }
    }

    /** Medians over repeats of the same seeded world, so one run's JIT or GC does not set the figure. */
    static Result median(List<Result> repeats) {
        Result first = repeats.get(0);
        return new Result(first.agents(), first.calls(),
                median(repeats.stream().mapToDouble(Result::arrivePerSecond).toArray()),
                median(repeats.stream().mapToDouble(Result::oneByOnePerSecond).toArray()),
                median(repeats.stream().mapToDouble(Result::pollsPerSecond).toArray()), first.offers());
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
