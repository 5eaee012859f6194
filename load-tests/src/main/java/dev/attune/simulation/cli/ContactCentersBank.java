package dev.attune.simulation.cli;

import dev.attune.simulation.des.Estimate;
import dev.attune.simulation.des.RandomStreams;
import dev.attune.simulation.multiskill.MultiSkillModel;
import dev.attune.simulation.multiskill.MultiSkillReport;
import dev.attune.simulation.multiskill.MultiSkillSimulation;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs the ContactCenters Bank model (config/simulation/bank.json) and prints every measure next to the
 * published 1,000-week result and the independent 10,000-week run, with the CPU time per 1,000 weeks.
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.mainClass=dev.attune.simulation.cli.ContactCentersBank \
 *     -Dexec.args="--weeks 1000 --repeat 5 [--seed 42] [--model config/simulation/bank.json]"
 * </pre>
 * Without --seed it uses SSJ's default package seed, as the published run does. --repeat runs the same
 * experiment again to report the median CPU time once the JIT has warmed up.
 */
public final class ContactCentersBank {

    /** measure -> {published mean, low, high, independent 10,000-week mean}; NaN where not published. */
    static final Map<String, double[]> PUBLISHED = new LinkedHashMap<>();

    static {
        double n = Double.NaN;
        put("arrivals [Savings]", 99.819, n, n, 100.215);
        put("arrivals [Checking]", 1000.146, n, n, 999.845);
        put("arrivals [Account balance]", 2502.340, n, n, 2499.748);
        put("arrivals [all]", 3602.305, n, n, 3599.808);
        put("blocked [Savings]", 0.069, n, n, 0.072);
        put("blocked [Checking]", 0.756, n, n, 0.761);
        put("blocked [Account balance]", 1.826, n, n, 1.909);
        put("blocked [all]", 2.651, n, n, 2.742);
        put("service level % [Savings]", 99.234, 99.172, 99.295, 99.236);
        put("service level % [Checking]", 99.461, 99.431, 99.491, 99.466);
        put("service level % [Account balance]", 97.301, 97.237, 97.365, 97.334);
        put("service level % [all]", 97.954, n, n, 97.979);
        put("service time [Savings]", 3.781, n, n, 3.806);
        put("service time [Checking]", 3.852, n, n, 3.850);
        put("service time [Account balance]", 0.999, n, n, 1.000);
        put("service time [all]", 1.870, n, n, 1.871);
        put("average wait [Savings]", 0.024, n, n, 0.024);
        put("average wait [Checking]", 0.028, n, n, 0.028);
        put("average wait [Account balance]", 0.036, n, n, 0.036);
        put("average wait [all]", 0.034, n, n, 0.033);
        put("abandoned [Savings]", 0.017, n, n, 0.018);
        put("abandoned [Checking]", 0.161, n, n, 0.151);
        put("abandoned [Account balance]", 5.357, 5.038, 5.676, 5.117);
        put("abandoned [all]", 5.535, n, n, 5.286);
        put("disconnected [Savings]", 0.000, n, n, 0.0006);
        put("disconnected [Checking]", 0.006, n, n, 0.0083);
        put("disconnected [Account balance]", 0.017, n, n, 0.023);
        put("disconnected [all]", 0.023, n, n, 0.032);
        put("occupancy % [Savings specialists]", 25.353, 25.281, 25.425, 25.364);
        put("occupancy % [Checking specialists]", 43.093, 43.014, 43.172, 43.083);
        put("occupancy % [all]", 35.496, n, n, 35.496);
        put("idle cost [Savings specialists]", 1210.287, n, n, 1210.092);
        put("idle cost [Checking specialists]", 770.012, n, n, 770.104);
        put("idle cost [all]", 1980.299, n, n, 1980.196);
        put("busy cost [Savings specialists]", 411.051, n, n, 411.241);
        put("busy cost [Checking specialists]", 583.101, n, n, 582.938);
        put("busy cost [all]", 994.152, n, n, 994.179);
        put("occupancy % [Savings specialists, Savings]", 4.386, n, n, 4.434);
        put("occupancy % [Savings specialists, Checking]", 5.040, n, n, 5.025);
        put("occupancy % [Savings specialists, Account balance]", 15.927, n, n, 15.905);
        put("occupancy % [Checking specialists, Savings]", 0.200, n, n, 0.201);
        put("occupancy % [Checking specialists, Checking]", 31.783, n, n, 31.766);
        put("occupancy % [Checking specialists, Account balance]", 11.111, n, n, 11.117);
        put("busy trunks (time average)", 0.680, n, n, 0.680);
    }

    private static void put(String name, double mean, double low, double high, double independent) {
        PUBLISHED.put(name, new double[] {mean, low, high, independent});
    }

    public static void main(String[] args) {
        Map<String, String> options = Options.read("ContactCentersBank", args, java.util.List.of("model", "weeks", "repeat", "seed"));
        Path modelFile = Path.of(options.getOrDefault("model", "config/simulation/bank.json"));
        int weeks = Integer.parseInt(options.getOrDefault("weeks", "1000"));
        int repeat = Integer.parseInt(options.getOrDefault("repeat", "3"));
        MultiSkillModel model = MultiSkillModel.read(modelFile);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();

        List<Double> cpuSeconds = new ArrayList<>();
        MultiSkillReport report = null;
        for (int i = 0; i < repeat; i++) {
            RandomStreams streams = options.containsKey("seed")
                    ? RandomStreams.of(Long.parseLong(options.get("seed")), MultiSkillSimulation.streamNames(model))
                    : RandomStreams.withSsjDefaultSeed(MultiSkillSimulation.streamNames(model));
            long cpuStart = threads.getCurrentThreadCpuTime();
            report = new MultiSkillSimulation(model, streams).run(weeks);
            cpuSeconds.add((threads.getCurrentThreadCpuTime() - cpuStart) / 1e9);
        }
        List<Double> sorted = cpuSeconds.stream().sorted().toList();
        double median = sorted.get(sorted.size() / 2);

        System.out.printf(Locale.ROOT, "%s, %d weekly replications (%s)%n", model.name(), weeks,
                options.containsKey("seed") ? "seed " + options.get("seed") : "SSJ default seed");
        System.out.printf(Locale.ROOT, "%-52s %22s %10s %19s %10s %s%n", "measure", "ours (95% CI)", "published",
                "published 95% CI", "10k weeks", "");
        int inside = 0;
        int checked = 0;
        for (Map.Entry<String, Estimate> entry : report.estimates().entrySet()) {
            double[] p = PUBLISHED.get(entry.getKey());
            if (p == null) {
                continue;
            }
            Estimate ours = entry.getValue();
            String interval = Double.isNaN(p[1]) ? "" : String.format(Locale.ROOT, "%.3f-%.3f", p[1], p[2]);
            String verdict = "";
            if (!Double.isNaN(p[1])) {
                checked++;
                boolean in = ours.mean() >= p[1] && ours.mean() <= p[2];
                inside += in ? 1 : 0;
                verdict = in ? "inside" : "OUTSIDE";
            }
            System.out.printf(Locale.ROOT, "%-52s %12.3f ± %7.3f %10.3f %19s %10.3f %s%n", entry.getKey(), ours.mean(),
                    ours.halfWidth(), p[0], interval, p[3], verdict);
        }
        System.out.printf(Locale.ROOT, "%d of %d published intervals contain our estimate%n", inside, checked);
        System.out.printf(Locale.ROOT, "events fired: %,d (%.0f per week)%n", report.events(),
                report.events() / (double) weeks);
        System.out.printf(Locale.ROOT, "CPU time for %d weeks: median %.3f s over %d runs %s (peer: about 2.3 s per 1,000 weeks)%n",
                weeks, median, repeat, cpuSeconds.stream().map(s -> String.format(Locale.ROOT, "%.3f", s)).toList());
    }
}
