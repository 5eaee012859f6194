package dev.attune.bench;

import dev.attune.core.domain.AgentProfile;
import dev.attune.core.domain.AgentState;
import dev.attune.core.domain.Call;
import dev.attune.core.domain.Offer;
import dev.attune.core.engine.BatchOutcome;
import dev.attune.core.engine.PlanMode;
import dev.attune.core.engine.RoutingDirective;
import dev.attune.core.engine.RoutingEngine;
import dev.attune.core.engine.RoutingSettings;
import dev.attune.core.engine.event.AgentProfileChanged;
import dev.attune.core.engine.event.AgentStateChanged;
import dev.attune.core.engine.event.CallArrived;
import dev.attune.core.engine.event.CallEnded;
import dev.attune.core.engine.event.OfferAccepted;
import dev.attune.core.engine.event.RoutingEvent;
import dev.attune.service.EngineCore;
import dev.attune.service.PoolLanes;
import dev.attune.service.RoutingCore;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * One Kafka poll's worth of events over several pools, applied by the engine thread alone and by
 * {@link PoolLanes}, interleaved poll by poll in one run (the order alternates), on two identical floors. Prints
 * the wall time per poll (median, p90, p99) of each and their ratio, and whether both decided the same.
 *
 * <pre>
 * ./mvnw -q test-compile
 * ./mvnw -q exec:java -Dexec.mainClass=dev.attune.bench.LanesBenchmark [-Dexec.args="--pools 4 --lanes 2"]
 * </pre>
 * Options: {@code --pools 4}, {@code --agents-per-pool 500} (half free at start), {@code --calls-per-pool 8}
 * (arrivals per pool per poll; each call is accepted one poll later and ends the poll after, its agent free
 * again), {@code --polls 2000} (after 200 unreported), {@code --lanes 2}, {@code --config config}.
 */
public final class LanesBenchmark {
    private static final String USAGE = "usage: LanesBenchmark [--pools N] [--agents-per-pool N] [--calls-per-pool N]"
            + " [--polls N] [--lanes N] [--config DIR]";
    private static final int WARM_UP_POLLS = 200;

    private LanesBenchmark() {
    }

    public static void main(String[] args) {
        KnownOptions.require(args, USAGE, Set.of(),
                Set.of("--pools", "--agents-per-pool", "--calls-per-pool", "--polls", "--lanes", "--config"));
        int pools = Integer.parseInt(value(args, "--pools", "4"));
        int agents = Integer.parseInt(value(args, "--agents-per-pool", "500"));
        int calls = Integer.parseInt(value(args, "--calls-per-pool", "8"));
        int polls = Integer.parseInt(value(args, "--polls", "2000"));
        int lanes = Integer.parseInt(value(args, "--lanes", "2"));
        BenchWorld world = new BenchWorld(Path.of(value(args, "--config", "config")));
        System.out.printf(Locale.ROOT, "Attune pool lanes: %d pools x %d agents, %d arrivals per pool per poll, %d polls,"
                + " %d cores, load average at start %.1f%n", pools, agents, calls, polls,
                Runtime.getRuntime().availableProcessors(), load());
        Floor serial = new Floor(world, pools, agents, calls, PoolLanes.none());
        PoolLanes parallel = new PoolLanes(lanes);
        Floor sideBySide = new Floor(world, pools, agents, calls, parallel);
        long[] serialNanos = new long[polls];
        long[] parallelNanos = new long[polls];
        int differing = 0;
        for (int poll = -WARM_UP_POLLS; poll < polls; poll++) {
            boolean serialFirst = (poll & 1) == 0;
            long first = (serialFirst ? serial : sideBySide).poll();
            long second = (serialFirst ? sideBySide : serial).poll();
            if (!serial.lastDecided().equals(sideBySide.lastDecided())) {
                differing++;
            }
            if (poll >= 0) {
                serialNanos[poll] = serialFirst ? first : second;
                parallelNanos[poll] = serialFirst ? second : first;
            }
        }
        parallel.close();
        System.out.printf(Locale.ROOT, "%n| applied by | polls | median ms | p90 ms | p99 ms | offers |%n|---|---:|---:|---:|---:|---:|%n");
        row("engine thread alone", serialNanos, serial.offers);
        row(lanes + " lanes (PoolLanes)", parallelNanos, sideBySide.offers);
        System.out.printf(Locale.ROOT, "%nmedian ratio lanes / alone: %.2f; polls that decided differently: %d;"
                + " load average at end %.1f%n", percentile(parallelNanos, 0.5) / percentile(serialNanos, 0.5),
                differing, load());
    }

    private static void row(String name, long[] nanos, int offers) {
        System.out.printf(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f | %d |%n", name, nanos.length,
                percentile(nanos, 0.5), percentile(nanos, 0.9), percentile(nanos, 0.99), offers);
    }

    private static double percentile(long[] nanos, double share) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) (share * sorted.length))] / 1e6;
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static String value(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }

    /** One engine and its agents: every poll brings arrivals, last poll's accepts and the endings before them. */
    private static final class Floor {
        private final BenchWorld world;
        private final RoutingCore core;
        private final PoolLanes lanes;
        private final int pools;
        private final int calls;
        private final Random random = new Random(7);
        /** Both floors see the same times: poll n happens 10 ms after poll n-1, whatever the wall clock says. */
        private Instant now = Instant.parse("2026-12-06T09:00:00Z");
        private final java.time.Clock clock = new java.time.Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return java.time.ZoneOffset.UTC;
            }

            @Override
            public java.time.Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        private List<Offer> offered = List.of();
        private List<Offer> talking = List.of();
        private List<String> lastDecided = List.of();
        private int callNo;
        int offers;

        Floor(BenchWorld world, int pools, int agents, int calls, PoolLanes lanes) {
            this.world = world;
            this.pools = pools;
            this.calls = calls;
            this.lanes = lanes;
            RoutingEngine engine = new RoutingEngine(new RoutingSettings(world.catalogue, null, null, world.weights),
                    clock, PlanMode.OFF);
            for (int pool = 0; pool < pools; pool++) {
                for (int i = 0; i < agents; i++) {
                    AgentProfile drawn = world.randomAgent(random, "p" + pool + "-a" + i);
                    engine.apply(new AgentProfileChanged(new AgentProfile(drawn.id(), pool(pool), drawn.displayName(),
                            drawn.skills(), drawn.languages(), drawn.licences(), drawn.empathy(), drawn.capacity()),
                            now));
                    engine.apply(new AgentStateChanged(pool(pool), drawn.id(),
                            i % 2 == 0 ? AgentState.AVAILABLE : AgentState.AWAY, null, now));
                }
            }
            this.core = new EngineCore(engine);
        }

        /** Applies the next poll; returns its wall time in nanoseconds. */
        long poll() {
            now = now.plusMillis(10);
            List<RoutingEvent> events = new ArrayList<>();
            for (Offer offer : talking) {
                events.add(new CallEnded(offer.poolId(), offer.callId(), offer.agentId(), null, null, null, now));
                events.add(new AgentStateChanged(offer.poolId(), offer.agentId(), AgentState.AVAILABLE, null, now));
            }
            for (Offer offer : offered) {
                events.add(new OfferAccepted(offer.poolId(), offer.decisionId(), offer.callId(), offer.agentId(), now));
            }
            for (int pool = 0; pool < pools; pool++) {
                for (int i = 0; i < calls; i++) {
                    Call drawn = world.randomCall(random, "c" + callNo++, now, List.of());
                    events.add(new CallArrived(new Call(drawn.id(), pool(pool), drawn.customerId(), drawn.productCode(),
                            drawn.language(), drawn.priority(), drawn.vulnerable(), drawn.amountAtStake(),
                            drawn.lifeEvent(), null, now, 0, Set.of(), drawn.emotion(), drawn.channel())));
                }
            }
            long started = System.nanoTime();
            BatchOutcome outcome = lanes.applyAll(core, events);
            long took = System.nanoTime() - started;
            talking = offered;
            List<Offer> created = new ArrayList<>();
            List<String> decided = new ArrayList<>();
            for (RoutingDirective directive : outcome.directives()) {
                if (directive instanceof RoutingDirective.OfferCreated offer) {
                    created.add(offer.offer());
                    decided.add(offer.offer().callId() + "->" + offer.offer().agentId());
                }
            }
            decided.sort(null);
            offered = created;
            offers += created.size();
            lastDecided = decided;
            return took;
        }

        List<String> lastDecided() {
            return lastDecided;
        }

        private static String pool(int pool) {
            return "pool-" + pool;
        }
    }
}
