package dev.attune.simulation.cli;

import dev.attune.configuration.CatalogueFile;
import dev.attune.configuration.WeightsFile;
import dev.attune.core.domain.Catalogue;
import dev.attune.core.domain.RoutingWeights;
import dev.attune.simulation.day.DayMetric;
import dev.attune.simulation.day.LogReplay;
import dev.attune.simulation.day.OutcomeModel;
import dev.attune.simulation.day.OverlayModel;
import dev.attune.simulation.day.PatienceModel;
import dev.attune.simulation.day.PolicyComparison;
import dev.attune.simulation.day.PolicyFactory;
import dev.attune.simulation.des.Estimate;
import dev.attune.simulation.routing.BaselinePolicies;
import dev.attune.simulation.routing.PolicySettings;
import dev.attune.simulation.trace.AnonymousBankLog;
import dev.attune.simulation.trace.CallLog;
import dev.attune.simulation.trace.LoggedCall;
import dev.attune.simulation.trace.SyntheticDay;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Compares routing policies on a replayed call log (or a synthetic day), with a progress bar; prints the
 * table and writes CSV and PNG plots to load-tests/out/.
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.mainClass=dev.attune.simulation.cli.CompareRoutingPolicies \
 *     -Dexec.args="--log january --replications 10"
 * </pre>
 * Options: --log january|february|synthetic|PATH (default: january if the data folder is there, else synthetic),
 * --data DIR (default ../shared/data/anonymous-bank), --replications N (10), --seed S (20240601),
 * --days N (only the first N days of the log), --policies a,b,c (default all), --config DIR (config),
 * --out DIR (load-tests/out), --sensitivity (repeat with the outcome effects halved and doubled, and
 * without the care penalty on handle time).
 */
public final class CompareRoutingPolicies {

    public static void main(String[] args) {
        Map<String, String> options = Options.parse(args);
        Path config = Path.of(options.getOrDefault("config", "config"));
        Path out = Path.of(options.getOrDefault("out", "load-tests/out"));
        int replications = Integer.parseInt(options.getOrDefault("replications", "10"));
        long seed = Long.parseLong(options.getOrDefault("seed", "20240601"));
        Catalogue catalogue = CatalogueFile.read(config.resolve("catalogue.json"));
        OverlayModel overlay = OverlayModel.read(config.resolve("simulation/overlay.json"));
        OutcomeModel outcome = OutcomeModel.read(config.resolve("simulation/outcome-model.json"));
        PolicySettings settings = PolicySettings.read(config.resolve("simulation/policies.json"));
        RoutingWeights weights = WeightsFile.read(config.resolve("weights.json"));

        Source source = source(options, config, seed);
        CallLog log = source.log();
        if (options.containsKey("days")) {
            log = log.onlyDays(Integer.parseInt(options.get("days")));
        }
        System.out.printf(Locale.ROOT, "%s: %,d routed calls over %d days, %d agents%n", log.name(), log.callCount(),
                log.days().size(), log.agents().size());
        if (!log.defects().isEmpty()) {
            System.out.print("Rows reported by the loader:\n" + log.defects().describe());
        }
        List<PolicyFactory> policies = Policies.select(options.get("policies"), catalogue, settings, weights);
        String stem = log.name().replace(' ', '-');

        PolicyComparison main = compare(new LogReplay(log, source.patience(log), catalogue, overlay, outcome, seed),
                policies, replications, log.name());
        String title = String.format(Locale.ROOT, "%s, %d replications, seed %d", log.name(), replications, seed);
        String table = ReportFiles.table(main, title);
        System.out.println();
        System.out.print(table);
        System.out.print(observedVersusReplay(log, main));
        System.out.print(targets(main));
        ReportFiles.write(out.resolve(stem + "-table.txt"), List.of(table + observedVersusReplay(log, main) + targets(main)));
        ReportFiles.csv(main, out.resolve(stem + "-policies.csv"));
        ReportFiles.waitsCsv(main, out.resolve(stem + "-waits-by-half-hour.csv"));
        ReportFiles.waitsPlot(main, "Waits over the day: " + title, out.resolve(stem + "-waits-over-the-day.png"));
        ReportFiles.empathyPlot(main, "Empathy match by policy: " + title, out.resolve(stem + "-empathy-match.png"));

        if (options.containsKey("sensitivity")) {
            StringBuilder sensitivity = new StringBuilder();
            for (double factor : new double[] {0.5, 2.0}) {
                OutcomeModel scaled = outcome.scaledEffects(factor);
                PolicyComparison run = compare(new LogReplay(log, source.patience(log), catalogue, overlay, scaled, seed),
                        policies, replications, "outcome effects x" + factor);
                sensitivity.append(ReportFiles.table(run, title + ", outcome-model effects x" + factor)).append('\n');
            }
            OverlayModel noPenalty = new OverlayModel(overlay.description(), overlay.productMixByCallType(),
                    overlay.languageByCallType(), overlay.highPriorityLevels(), overlay.priorityCreditSeconds(),
                    overlay.highPriorityAmountFactor(), overlay.products(), overlay.emotionGrowthPerMinuteInQueue(),
                    overlay.analytics(), overlay.agents(),
                    new OverlayModel.HandleTime(overlay.handleTime().proficiencyFactor(), 0), overlay.measures());
            PolicyComparison run = compare(new LogReplay(log, source.patience(log), catalogue, noPenalty, outcome, seed),
                    policies, replications, "no care penalty on handle time");
            sensitivity.append(ReportFiles.table(run, title + ", no care penalty on handle time"));
            System.out.println();
            System.out.print(sensitivity);
            ReportFiles.write(out.resolve(stem + "-sensitivity.txt"), List.of(sensitivity.toString()));
        }
        System.out.println("\nWrote " + out.toAbsolutePath().normalize() + "/" + stem + "-{table.txt,policies.csv,"
                + "waits-by-half-hour.csv,waits-over-the-day.png,empathy-match.png}");
    }

    private static PolicyComparison compare(LogReplay replay, List<PolicyFactory> policies, int replications, String task) {
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax((long) replications * policies.size())
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).build()) {
            return PolicyComparison.run(replay, policies, replications, result -> {
                bar.step();
                bar.setExtraMessage(result.policy() + " #" + result.replication());
            });
        }
    }

    record Source(CallLog log, PatienceModel fixedPatience) {
        PatienceModel patience(CallLog forLog) {
            return fixedPatience != null ? fixedPatience : PatienceModel.fromLog(forLog);
        }
    }

    private static Source source(Map<String, String> options, Path config, long seed) {
        Path data = Path.of(options.getOrDefault("data", AnonymousBankLog.defaultFolder().toString()));
        String name = options.getOrDefault("log",
                Files.isRegularFile(data.resolve("january.txt")) ? "january" : "synthetic");
        if (name.equals("synthetic")) {
            SyntheticDay day = SyntheticDay.read(config.resolve("simulation/synthetic-day.json"));
            return new Source(day.generate(seed), new PatienceModel(day.meanPatienceSeconds()));
        }
        Path file = name.endsWith(".txt") ? Path.of(name) : data.resolve(name + ".txt");
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no call log at " + file + " (use --log synthetic, or --data DIR)");
        }
        System.out.println("Anonymous Bank call log, Technion SEE lab (Guedj & Mandelbaum): " + file);
        return new Source(AnonymousBankLog.read(file), null);
    }

    /** The log's own waits and abandonment against the longest-idle replay: what the replay reproduces and what not. */
    static String observedVersusReplay(CallLog log, PolicyComparison comparison) {
        long routed = 0;
        long abandoned = 0;
        long answered = 0;
        long inTime = 0;
        double wait = 0;
        for (List<LoggedCall> day : log.days().values()) {
            for (LoggedCall call : day) {
                routed++;
                if (call.abandoned()) {
                    abandoned++;
                } else {
                    answered++;
                    wait += call.queueTime();
                    if (call.queueTime() < 20) {
                        inTime++;
                    }
                }
            }
        }
        if (log.name().startsWith("synthetic")) {
            return "";
        }
        String reference = comparison.reference();
        Estimate asa = comparison.estimate(reference, DayMetric.ASA);
        Estimate ab = comparison.estimate(reference, DayMetric.ABANDONMENT);
        Estimate sl = comparison.estimate(reference, DayMetric.SERVICE_LEVEL);
        return String.format(Locale.ROOT, "%nThe log itself against the %s replay:%n"
                + "  %-40s %10s %22s%n  %-40s %10.2f %13.2f ± %6.2f%n  %-40s %10.2f %13.2f ± %6.2f%n  %-40s %10.2f %13.2f ± %6.2f%n",
                reference, "measure", "log", "replay",
                "average speed of answer (s)", wait / Math.max(1, answered), asa.mean(), asa.halfWidth(),
                "abandonment %", 100.0 * abandoned / Math.max(1, routed), ab.mean(), ab.halfWidth(),
                "service level (answered < 20 s) %", 100.0 * inTime / Math.max(1, routed), sl.mean(), sl.halfWidth());
    }

    /** The issue's targets for Attune against longest-idle. */
    static String targets(PolicyComparison comparison) {
        String reference = comparison.reference();
        StringBuilder out = new StringBuilder();
        for (String policy : comparison.policies()) {
            if (!policy.startsWith("attune")) {
                continue;
            }
            double shareRatio = comparison.estimate(policy, DayMetric.HIGH_CARE_TOP_EMPATHY).mean()
                    / comparison.estimate(reference, DayMetric.HIGH_CARE_TOP_EMPATHY).mean();
            double asaChange = 100 * comparison.difference(policy, DayMetric.ASA).mean()
                    / comparison.estimate(reference, DayMetric.ASA).mean();
            double abandonment = comparison.difference(policy, DayMetric.ABANDONMENT).mean();
            out.append(String.format(Locale.ROOT, "%nTargets, %s against %s:%n"
                    + "  high-care share by top-quartile empathy: x%.2f (target >= x2: %s)%n"
                    + "  average speed of answer: %+.1f%% (target <= +5%%: %s)%n"
                    + "  abandonment: %+.2f points (target <= +0.5: %s)%n", policy, reference, shareRatio,
                    shareRatio >= 2 ? "met" : "NOT met", asaChange, asaChange <= 5 ? "met" : "NOT met", abandonment,
                    abandonment <= 0.5 ? "met" : "NOT met"));
        }
        return out.toString();
    }

    static List<String> split(String list) {
        return list == null ? List.of() : new ArrayList<>(Arrays.asList(list.split(",")));
    }
}
