package dev.attune.simulation.cli;

import dev.attune.configuration.CatalogueFile;
import dev.attune.core.domain.Catalogue;
import dev.attune.simulation.day.CapacityFit;
import dev.attune.simulation.day.DayMetric;
import dev.attune.simulation.day.LogReplay;
import dev.attune.simulation.day.LoggedMeasures;
import dev.attune.simulation.day.OutcomeModel;
import dev.attune.simulation.day.OverlayModel;
import dev.attune.simulation.day.PatienceModel;
import dev.attune.simulation.day.PolicyComparison;
import dev.attune.simulation.day.PolicyFactory;
import dev.attune.simulation.routing.BaselinePolicies;
import dev.attune.simulation.routing.PolicySettings;
import dev.attune.simulation.day.CapacityModel;
import dev.attune.simulation.day.SimulationJson;
import dev.attune.simulation.trace.AnonymousBankLog;
import dev.attune.simulation.trace.CallLog;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Fits the capacity model on one month of the log and writes config/simulation/capacity.json: the
 * after-call time from the log's gaps ({@link CapacityFit}), then the availability by bisection, so that
 * the longest-idle replay's ASA (on seeds of its own, not the comparison's) equals the month's logged ASA.
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.mainClass=dev.attune.simulation.cli.FitCapacity \
 *     -Dexec.args="--log january --replications 3 --steps 6"
 * </pre>
 * Options: --availability A (skip the bisection), --low/--high (bracket, 0.7 and 1), --seed (1999).
 */
public final class FitCapacity {
    static final List<String> OPTIONS = List.of("log", "data", "cap", "points", "availability", "out",
            "replications", "steps", "low", "high", "seed", "config", "scale", "fit");

    public static void main(String[] args) {
        Map<String, String> options = Options.read("FitCapacity", args, OPTIONS);
        String month = options.getOrDefault("log", "january");
        Path data = Path.of(options.getOrDefault("data", AnonymousBankLog.defaultFolder().toString()));
        double cap = Double.parseDouble(options.getOrDefault("cap", "1800"));
        int points = Integer.parseInt(options.getOrDefault("points", "100"));
        Path out = Path.of(options.getOrDefault("out", "config/simulation/capacity.json"));
        CallLog log = AnonymousBankLog.read(data.resolve(month + ".txt"));
        double[] quantiles = CapacityFit.afterCallQuantiles(log, cap, points);
        double scale = Double.parseDouble(options.getOrDefault("scale", "1"));
        double availability = Double.parseDouble(options.getOrDefault("availability", "1"));
        String fit = options.getOrDefault("fit", "scale");
        if (fit.equals("scale")) {
            scale = bisect(log, x -> new CapacityModel("trial", "trial", quantiles, x, 1), true, options);
        } else if (fit.equals("availability")) {
            double s0 = scale;
            availability = bisect(log, x -> new CapacityModel("trial", "trial", quantiles, s0, x), false, options);
        } else if (!fit.equals("none")) {
            throw new IllegalArgumentException("--fit is scale, availability or none, not '" + fit + "'");
        }
        CapacityModel model = new CapacityModel(String.format(Locale.ROOT,
                "After-call time: gaps between an agent's consecutive calls that began while a caller was waiting"
                        + " (up to %.0f s) in the %s log, times afterCallScale; %s chosen on %s (longest-idle, seed"
                        + " %s) so the replay's ASA meets the log's. Written by FitCapacity.", cap, month,
                fit.equals("scale") ? "afterCallScale" : fit.equals("availability") ? "availability" : "nothing",
                month, options.getOrDefault("seed", "1999")), month, quantiles, scale, availability);
        ReportFiles.write(out, List.of(SimulationJson.write(model)));
        System.out.printf(Locale.ROOT, "%s: after-call scale %.4f (mean %.1f s, median %.1f s), availability %.4f; wrote %s%n",
                month, scale, model.meanAfterCallSeconds(), model.afterCallSeconds(0.5), availability, out);
    }

    /**
     * Halves the bracket of one parameter until the longest-idle replay's ASA meets the log's.
     *
     * @param rising true when ASA rises with the parameter (after-call scale), false when it falls (availability)
     */
    private static double bisect(CallLog log, java.util.function.DoubleFunction<CapacityModel> model, boolean rising,
            Map<String, String> options) {
        Path config = Path.of(options.getOrDefault("config", "config"));
        Catalogue catalogue = CatalogueFile.read(config.resolve("catalogue.json"));
        OverlayModel overlay = OverlayModel.read(config.resolve("simulation/overlay.json"));
        OutcomeModel outcome = OutcomeModel.read(config.resolve("simulation/outcome-model.json"));
        PolicySettings settings = PolicySettings.read(config.resolve("simulation/policies.json"));
        List<PolicyFactory> longestIdle = List.of(BaselinePolicies.all(settings).get(0));
        int replications = Integer.parseInt(options.getOrDefault("replications", "3"));
        int steps = Integer.parseInt(options.getOrDefault("steps", "6"));
        long seed = Long.parseLong(options.getOrDefault("seed", "1999"));
        double low = Double.parseDouble(options.getOrDefault("low", rising ? "1" : "0.7"));
        double high = Double.parseDouble(options.getOrDefault("high", rising ? "3" : "1"));
        LoggedMeasures logged = LoggedMeasures.of(log);
        PatienceModel patience = PatienceModel.fromLog(log);
        System.out.printf(Locale.ROOT, "log: ASA %.2f s, abandonment %.2f %%, service level %.2f %%%n",
                logged.asaSeconds(), logged.abandonmentPercent(), logged.serviceLevelPercent());
        for (int step = 0; step < steps; step++) {
            double mid = (low + high) / 2;
            CapacityModel trial = model.apply(mid);
            PolicyComparison run = PolicyComparison.run(new LogReplay(log, patience, trial, catalogue, overlay, outcome,
                    seed), longestIdle, replications, result -> { });
            String ref = run.reference();
            double asa = run.estimate(ref, DayMetric.ASA).mean();
            System.out.printf(Locale.ROOT, "parameter %.4f: ASA %.2f s, abandonment %.2f %%, service level %.2f %%%n",
                    mid, asa, run.estimate(ref, DayMetric.ABANDONMENT).mean(),
                    run.estimate(ref, DayMetric.SERVICE_LEVEL).mean());
            if ((asa > logged.asaSeconds()) != rising) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return Math.round((low + high) / 2 * 1000) / 1000.0; // three decimals: finer is below the noise
    }
}
