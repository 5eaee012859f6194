package dev.attune.bench;

import dev.attune.core.domain.DecisionPath;
import dev.attune.core.engine.PlanMode;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.HdrHistogram.Histogram;

/**
 * The issue-2 benchmark of the routing core: in-process decision latency at 20, 200 and 1,000 arrivals/s
 * with 200, 2,000 and 10,000 agents, and decision quality against the exact optimum (OR-Tools) and the
 * greedy longest-idle baseline. Prints tables; bounded (about 4 minutes by default), stops by itself.
 *
 * <pre>
 * ./mvnw -q test-compile
 * ./mvnw -q exec:java -Dexec.mainClass=dev.attune.bench.CoreBenchmark [-Dexec.args="--quick"]
 * </pre>
 * {@code --backlog-only} prints only the backlog table instead ({@link BacklogRun}: decisions per second with every
 * agent busy and {@code --backlog-calls} calls waiting, {@code --agents 2000,10000}, {@code --repeats 5}, {@code --free-within
 * 120}: seconds within which the busy agents come free; 5 is the load test's squeezed cycle).
 * Options: {@code --quick} (shorter windows, 2,000 agents only), {@code --latency-only}, {@code --quality-only},
 * {@code --agents 200,2000} and {@code --rates 20,200} (latency grid), {@code --mode OFF|STEPPED|BACKGROUND}, {@code --occupancy 0.85} (staffing; 0.5 leaves many free agents per call),
 * {@code --instances N} (quality snapshots, default 60), {@code --config DIR} (default config).
 */
public final class CoreBenchmark {
    private CoreBenchmark() {
    }

    private static final String USAGE = "usage: CoreBenchmark [--quick] [--quality-only | --latency-only] [--config DIR]"
            + " [--instances N] [--mode BACKGROUND|STEPPED|OFF] [--agents N,N] [--rates R,R] [--occupancy X]"
            + " [--backlog-only [--backlog-calls 200] [--repeats 5] [--free-within 120]]";

    public static void main(String[] args) {
        KnownOptions.require(args, USAGE, java.util.Set.of("--quick", "--quality-only", "--latency-only",
                "--backlog-only"), java.util.Set.of("--config", "--instances", "--mode", "--agents", "--rates", "--occupancy",
                "--backlog-calls", "--repeats", "--free-within"));
        boolean quick = has(args, "--quick");
        Path config = Path.of(value(args, "--config", "config"));
        int instances = Integer.parseInt(value(args, "--instances", "60"));
        BenchWorld world = new BenchWorld(config);
        System.out.printf(Locale.ROOT, "Attune core benchmark: %d cores, Java %s, %s, load average at start %.1f%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                quick ? "quick" : "full", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        if (has(args, "--backlog-only")) {
            backlog(world, args);
            return;
        }
        if (!has(args, "--quality-only")) {
            latency(world, quick, PlanMode.valueOf(value(args, "--mode", "BACKGROUND")), args);
        }
        if (!has(args, "--latency-only")) {
            QualityRun.Report report = new QualityRun(world, 7).run(instances);
            report.print();
        }
    }

    private static int[] ints(String csv) {
        return java.util.Arrays.stream(csv.split(",")).mapToInt(v -> Integer.parseInt(v.trim())).toArray();
    }

    private static void latency(BenchWorld world, boolean quick, PlanMode mode, String[] args) {
        int[] sizes = ints(value(args, "--agents", quick ? "2000" : "200,2000,10000"));
        int[] rates = ints(value(args, "--rates", "20,200,1000"));
        double occupancy = Double.parseDouble(value(args, "--occupancy", "0.85"));
        List<LatencyRun.Result> results = new ArrayList<>();
        // compile the hot paths before the first measured window, so the first row does not pay the JIT
        new LatencyRun(world, 2_000, 1_000, occupancy, 1, mode).run(Duration.ofSeconds(4), Duration.ofSeconds(1));
        for (int agents : sizes) {
            for (int rate : rates) {
                Duration measure = Duration.ofSeconds(quick ? 4 : rate == 20 ? 20 : rate == 200 ? 10 : 6);
                LatencyRun.Result result = new LatencyRun(world, agents, rate, occupancy, 42, mode).run(Duration.ofSeconds(2), measure);
                results.add(result);
                System.out.printf(Locale.ROOT, "  ran %,6d agents at %,5d/s: %,d events%n", agents, rate,
                        result.events());
            }
        }
        System.out.println();
        System.out.println("Decision latency in process, milliseconds, engine in " + mode + " plan mode. "
                + "decision = apply() call to return for events that produced an offer; "
                + "due->offer = from when the event was due, so queueing behind earlier events counts; occupancy " + occupancy);
        System.out.println("| agents | arrivals/s | decision p50 / p99 / max | decision CPU p50 / p99 "
                + "| arrival due->offer p50 / p99 / max "
                + "| agent free due->offer p50 / p99 / max | all events due->done p50 / p99 / max | events | offers "
                + "| plan / decider / fallback | holds | routing thread CPU µs / offer | routing thread KB allocated / offer |");
        System.out.println("|---:|---:|---|---|---|---|---|---:|---:|---|---:|---:|---:|");
        for (LatencyRun.Result r : results) {
            System.out.printf(Locale.ROOT, "| %,d | %,d | %s | %s | %s | %s | %s | %,d | %,d | %d / %d / %d | %d "
                            + "| %,.0f | %,.1f |%n",
                    r.agents(), r.rate(), triple(r.decisionService()), pair(r.decisionCpu()), triple(r.arrivalToOffer()),
                    triple(r.freeToOffer()), triple(r.allEvents()),
                    r.events(), r.offers(), r.paths().getOrDefault(DecisionPath.PLAN, 0L),
                    r.paths().getOrDefault(DecisionPath.DECIDER, 0L), r.paths().getOrDefault(DecisionPath.FALLBACK, 0L),
                    r.holds(), r.cpuMicrosPerOffer(), r.kilobytesPerOffer());
        }
        System.out.println();
    }

    /** The backlog table (see {@link BacklogRun}): decisions per second, medians of the repeats after a throwaway run. */
    private static void backlog(BenchWorld world, String[] args) {
        int[] sizes = ints(value(args, "--agents", "2000,10000"));
        int calls = Integer.parseInt(value(args, "--backlog-calls", "200"));
        int repeats = Integer.parseInt(value(args, "--repeats", "5"));
        int freeWithin = Integer.parseInt(value(args, "--free-within", "120"));
        new BacklogRun(world, 2_000, calls, 1, freeWithin).run(); // compiles the hot paths before the first measured run
        System.out.println();
        System.out.println("Backlog decided in process (PlanMode OFF, every agent busy, " + calls
                + " calls waiting, agents free again within " + freeWithin + " s), decisions per second, median of " + repeats
                + " runs:");
        System.out.println("| agents | waiting calls | arrive (one by one, nobody free) | agents free one by one "
                + "| agents free in polls of 10 | offers |");
        System.out.println("|---:|---:|---:|---:|---:|---:|");
        for (int agents : sizes) {
            List<BacklogRun.Result> runs = new ArrayList<>();
            for (int r = 0; r < repeats; r++) {
                runs.add(new BacklogRun(world, agents, calls, 42, freeWithin).run());
            }
            BacklogRun.Result m = BacklogRun.median(runs);
            System.out.printf(Locale.ROOT, "| %,d | %,d | %,.0f | %,.0f | %,.0f | %,d |%n", m.agents(), m.calls(),
                    m.arrivePerSecond(), m.oneByOnePerSecond(), m.pollsPerSecond(), m.offers());
        }
        System.out.println();
    }

    private static String triple(Histogram h) {
        if (h.getTotalCount() == 0) {
            return "-";
        }
        return String.format(Locale.ROOT, "%.3f / %.3f / %.2f", h.getValueAtPercentile(50) / 1e6,
                h.getValueAtPercentile(99) / 1e6, h.getMaxValue() / 1e6);
    }

    private static String pair(Histogram h) {
        if (h.getTotalCount() == 0) {
            return "-";
        }
        return String.format(Locale.ROOT, "%.3f / %.3f", h.getValueAtPercentile(50) / 1e6,
                h.getValueAtPercentile(99) / 1e6);
    }

    private static boolean has(String[] args, String flag) {
        for (String arg : args) {
            if (arg.equals(flag)) {
                return true;
            }
        }
        return false;
    }

    private static String value(String[] args, String flag, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(flag)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
