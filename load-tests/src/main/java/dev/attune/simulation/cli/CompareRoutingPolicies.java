package dev.attune.simulation.cli;

import dev.attune.configuration.CatalogueFile;
import dev.attune.configuration.WeightsFile;
import dev.attune.core.domain.Catalogue;
import dev.attune.core.domain.RoutingConstraint;
import dev.attune.core.domain.RoutingWeights;
import dev.attune.simulation.day.CapacityModel;
import dev.attune.simulation.day.ChannelMix;
import dev.attune.simulation.day.LogReplay;
import dev.attune.simulation.day.LoggedMeasures;
import dev.attune.simulation.day.OutcomeModel;
import dev.attune.simulation.day.OverlayModel;
import dev.attune.simulation.day.PatienceModel;
import dev.attune.simulation.day.PolicyComparison;
import dev.attune.simulation.day.PolicyFactory;
import dev.attune.simulation.day.QuantileMemo;
import dev.attune.simulation.day.SensitivityVariants;
import dev.attune.simulation.day.TargetVerdicts;
import dev.attune.simulation.day.Targets;
import dev.attune.simulation.routing.PolicySettings;
import dev.attune.simulation.trace.AnonymousBankLog;
import dev.attune.simulation.trace.CallLog;
import dev.attune.simulation.trace.SyntheticDay;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Compares routing policies on a replayed call log (or a synthetic day), with a progress bar; prints the
 * table, the log against the light and the calibrated replay, the hindsight ceiling and the verdict on each
 * target, and writes CSV and PNG plots to load-tests/out/.
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.mainClass=dev.attune.simulation.cli.CompareRoutingPolicies \
 *     -Dexec.args="--log january --replications 10"
 * </pre>
 * Options: --log january|february|synthetic|PATH (default: january if the data folder is there, else synthetic),
 * --data DIR (default ../shared/data/anonymous-bank), --replications N (10), --seed S (20240601),
 * --days N (only the first N days of the log), --policies a,b,c (default all), --config DIR (config),
 * --out DIR (load-tests/out), --replay calibrated|light (calibrated: config/simulation/capacity.json),
 * --capacity FILE, --handle-times neutral (proficiency does not change handle time),
 * --sensitivity (then every variant of config/simulation/sensitivity.json, on longest-idle and attune, each printed
 * as soon as it is measured), --variants 1-4,9 (only these variants of it, numbered from 1 in the file's order),
 * --threads N (replications run in parallel, default the number of processors; the results do not depend on it),
 * --channels FILE (synthetic day only: callers on voice, chat and email, agents with capacity per channel;
 * config/simulation/channels.json).
 */
public final class CompareRoutingPolicies {
    static final List<String> OPTIONS = List.of("log", "data", "replications", "seed", "days", "policies", "config",
            "out", "sensitivity", "variants", "replay", "capacity", "handle-times", "threads", "channels");

    public static void main(String[] args) {
        try {
            run(Options.read("CompareRoutingPolicies", args, OPTIONS));
        } catch (IllegalArgumentException e) {
            System.err.println("CompareRoutingPolicies: " + e.getMessage());
            System.exit(2);
        }
    }

    static void run(Map<String, String> options) {
        Path config = Path.of(options.getOrDefault("config", "config"));
        Path out = Path.of(options.getOrDefault("out", "load-tests/out"));
        int replications = Integer.parseInt(options.getOrDefault("replications", "10"));
        long seed = Long.parseLong(options.getOrDefault("seed", "20240601"));
        Catalogue catalogue = CatalogueFile.read(config.resolve("catalogue.json"));
        OverlayModel overlay = handleTimes(options, OverlayModel.read(config.resolve("simulation/overlay.json")));
        OutcomeModel outcome = OutcomeModel.read(config.resolve("simulation/outcome-model.json"));
        PolicySettings settings = PolicySettings.read(config.resolve("simulation/policies.json"));
        RoutingWeights weights = WeightsFile.read(config.resolve("weights.json"));
        Targets targets = Targets.read(config.resolve("simulation/targets.json"));
        Source source = source(options, config, seed);
        // the capacity is fitted on the bank's log; the synthetic day's staffing is designed, not observed
        CapacityModel capacity = source.fixedPatience() != null && !options.containsKey("capacity")
                ? CapacityModel.LIGHT : capacity(options, config);
        CallLog log = options.containsKey("days") ? source.log().onlyDays(Integer.parseInt(options.get("days")))
                : source.log();
        System.out.printf(Locale.ROOT, "%s: %,d routed calls over %d days, %d agents%n", log.name(), log.callCount(),
                log.days().size(), log.agents().size());
        if (!log.defects().isEmpty()) {
            System.out.print("Rows reported by the loader:\n" + log.defects().describe());
        }
        List<PolicyFactory> policies = Policies.select(options.get("policies"), catalogue, settings, weights);
        ChannelMix channels = channels(options, source);
        String variant = (capacity.light() ? "light" : "calibrated") + " replay" + (channels != null ? " on channels" : "")
                + (options.containsKey("handle-times") ? ", handle times neutral to proficiency" : "");
        String stem = log.name().replace(' ', '-') + (capacity.light() ? "-light" : "")
                + (options.containsKey("handle-times") ? "-neutral" : "") + (channels != null ? "-channels" : "");
        PatienceModel patience = source.patience(log);
        int threads = Integer.parseInt(options.getOrDefault("threads",
                String.valueOf(Runtime.getRuntime().availableProcessors())));
        // one memo for the whole experiment: the light replay and most variants draw the same emotions
        QuantileMemo quantiles = QuantileMemo.create();
        LogReplay replay = new LogReplay(log, patience, capacity, catalogue, overlay, outcome, seed).sharing(quantiles)
                .withChannels(channels);

        PolicyComparison main = compare(replay, policies, replications, threads,
                log.name() + (channels != null ? ", channels" : ""));
        String title = String.format(Locale.ROOT, "%s, %s, %d replications, seed %d", log.name(), variant,
                replications, seed);
        StringBuilder report = new StringBuilder(weightsInForce(config.resolve("weights.json"), weights))
                .append(capacityInForce(capacity)).append('\n').append(ReportFiles.table(main, title));
        if (source.fixedPatience() == null) {
            PolicyComparison light = capacity.light() ? main : compare(replay.withCapacity(CapacityModel.LIGHT),
                    policies.subList(0, 1), replications, threads, "light replay");
            report.append(CalibrationCheck.report(LoggedMeasures.of(log), capacity.fittedOn(), light,
                    capacity.light() ? null : main));
        }
        report.append(TargetVerdicts.report(main, targets));
        System.out.println();
        System.out.print(report);
        ReportFiles.write(out.resolve(stem + "-table.txt"), List.of(report.toString()));
        writeFiles(main, title, out, stem);
        if (options.containsKey("sensitivity")) {
            System.out.println();
            String sensitivity = Sensitivity.run(Sensitivity.select(SensitivityVariants.read(
                    config.resolve("simulation/sensitivity.json")).apply(config.resolve("simulation/overlay.json"),
                    config.resolve("simulation/outcome-model.json")), options.get("variants")),
                    variantModels -> compare(new LogReplay(log, patience, capacity, catalogue, variantModels.overlay(),
                            variantModels.outcome(), seed).sharing(quantiles).withChannels(channels),
                            Policies.select(options.getOrDefault("policies", "longest-idle,attune"), catalogue, settings,
                            weights), replications, threads, variantModels.name()),
                    main, targets, title, rows -> {
                        System.out.print(rows);
                        System.out.flush();
                    });
            ReportFiles.write(out.resolve(stem + "-sensitivity.txt"), List.of(sensitivity));
        }
        System.out.println("\nWrote " + out.toAbsolutePath().normalize() + "/" + stem + "-{table.txt,policies.csv,"
                + "waits-by-half-hour.csv,waits-over-the-day.png,empathy-match.png}");
    }

    private static void writeFiles(PolicyComparison main, String title, Path out, String stem) {
        ReportFiles.csv(main, out.resolve(stem + "-policies.csv"));
        ReportFiles.waitsCsv(main, out.resolve(stem + "-waits-by-half-hour.csv"));
        ReportFiles.waitsPlot(main, "Waits over the day: " + title, out.resolve(stem + "-waits-over-the-day.png"));
        ReportFiles.empathyPlot(main, "Empathy match by policy: " + title, out.resolve(stem + "-empathy-match.png"));
    }

    static PolicyComparison compare(LogReplay replay, List<PolicyFactory> policies, int replications, int threads,
            String task) {
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax((long) replications * policies.size())
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(1000).build()) {
            return PolicyComparison.run(replay, policies, replications, threads, result -> {
                bar.step();
                bar.setExtraMessage(result.policy() + " #" + result.replication());
            });
        }
    }

    /** The weights the run used, read from the file at run time, so a report quotes what shipped. */
    static String weightsInForce(Path file, RoutingWeights weights) {
        StringBuilder out = new StringBuilder("Attune's weights (" + file + "):");
        for (RoutingConstraint constraint : RoutingConstraint.values()) {
            out.append(' ').append(constraint.displayName()).append(' ').append(weights.of(constraint)).append(';');
        }
        return out.append('\n').toString();
    }

    static String capacityInForce(CapacityModel capacity) {
        return capacity.light() ? "Capacity: light replay (no after-call time, every credited half hour worked)\n"
                : String.format(Locale.ROOT, "Capacity (fitted on %s): after-call time mean %.1f s, median %.1f s, 90th"
                        + " percentile %.1f s (log gaps x %.3f); availability %.3f%n", capacity.fittedOn(),
                        capacity.meanAfterCallSeconds(), capacity.afterCallSeconds(0.5), capacity.afterCallSeconds(0.9),
                        capacity.afterCallScale(), capacity.availability());
    }

    private static OverlayModel handleTimes(Map<String, String> options, OverlayModel overlay) {
        String mode = options.get("handle-times");
        if (mode == null) {
            return overlay;
        }
        if (!mode.equals("neutral")) {
            throw new IllegalArgumentException("--handle-times takes 'neutral', not '" + mode + "'");
        }
        return new OverlayModel(overlay.description(), overlay.productMixByCallType(), overlay.languageByCallType(),
                overlay.highPriorityLevels(), overlay.priorityCreditSeconds(), overlay.highPriorityAmountFactor(),
                overlay.products(), overlay.emotionGrowthPerMinuteInQueue(), overlay.analytics(), overlay.agents(),
                new OverlayModel.HandleTime(List.of(1.0, 1.0, 1.0, 1.0, 1.0), overlay.handleTime().carePenalty()),
                overlay.measures());
    }

    private static CapacityModel capacity(Map<String, String> options, Path config) {
        String replay = options.getOrDefault("replay", "calibrated");
        if (replay.equals("light")) {
            return CapacityModel.LIGHT;
        }
        if (!replay.equals("calibrated")) {
            throw new IllegalArgumentException("--replay is 'calibrated' or 'light', not '" + replay + "'");
        }
        return CapacityModel.read(Path.of(options.getOrDefault("capacity",
                config.resolve("simulation/capacity.json").toString())));
    }

    record Source(CallLog log, PatienceModel fixedPatience) {
        PatienceModel patience(CallLog forLog) {
            return fixedPatience != null ? fixedPatience : PatienceModel.fromLog(forLog);
        }
    }

    /** The channel mix of --channels FILE: the synthetic day's only; the bank's log is a voice log. */
    private static ChannelMix channels(Map<String, String> options, Source source) {
        if (!options.containsKey("channels")) {
            return null;
        }
        if (source.fixedPatience() == null) {
            throw new IllegalArgumentException("--channels needs --log synthetic (the bank's log is voice calls only)");
        }
        ChannelMix mix = ChannelMix.read(Path.of(options.get("channels")));
        System.out.println("Channels: " + mix.shareByChannel() + ", capacity by group " + mix.capacityByPrefix());
        return mix;
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
}
