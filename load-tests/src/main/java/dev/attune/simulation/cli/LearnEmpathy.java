package dev.attune.simulation.cli;

import dev.attune.configuration.CatalogueFile;
import dev.attune.learning.EmpathyModel;
import dev.attune.learning.LearningSettings;
import dev.attune.learning.OutcomeScore;
import dev.attune.simulation.day.OutcomeModel;
import dev.attune.simulation.learning.LearningCheck;
import dev.attune.simulation.learning.LearningMonth;
import dev.attune.simulation.learning.SimulatedFloor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;

/**
 * The empathy-learning check of docs/learning.md: learned scores against each agent's hidden true
 * empathy over a simulated month (learning curve, table and PNG), and routing on learned scores against
 * routing on the truth. Each seed is one independent month (new agents, new callers).
 *
 * <pre>./mvnw -q test-compile exec:java -Dexec.mainClass=dev.attune.simulation.cli.LearnEmpathy -Dexec.args="--seeds 5 --plot docs/img/learning-curve.png"</pre>
 */
public final class LearnEmpathy {
    public static void main(String[] args) {
        Map<String, String> options = Options.read("LearnEmpathy", args,
                List.of("config", "seeds", "evaluation-days", "calming", "plot"));
        Path config = Path.of(options.getOrDefault("config", "config"));
        int seeds = Integer.parseInt(options.getOrDefault("seeds", "5"));
        int evaluationDays = Integer.parseInt(options.getOrDefault("evaluation-days", "3"));
        LearningMonth month = LearningMonth.read(config.resolve("simulation/learning-month.json"));
        OutcomeModel outcome = OutcomeModel.read(config.resolve("simulation/outcome-model.json"));
        var products = List.copyOf(CatalogueFile.read(config.resolve("catalogue.json")).products());
        System.out.printf(Locale.ROOT, "%d agents, %d days x %d calls, QA noise sd %.2f, estimate noise sd %.2f%n%n",
                month.agents(), month.days(), month.callsPerDay(), month.qaNoiseSd(), month.estimateNoiseSd());
        LearningSettings settings = settings(options);
        List<LearningCheck.Result> results = new ArrayList<>();
        for (int seed = 1; seed <= seeds; seed++) {
            SimulatedFloor floor = new SimulatedFloor(month, products, outcome, seed);
            results.add(new LearningCheck(floor, new EmpathyModel(settings)).run(month.days(), evaluationDays));
        }
        printCurve(results);
        printRouting(results);
        if (options.containsKey("plot")) {
            plot(results, Path.of(options.get("plot")));
        }
    }

    /** The default settings; --calming 0 leaves out the emotion at the end, as for an ACD that sends none. */
    private static LearningSettings settings(Map<String, String> options) {
        LearningSettings d = LearningSettings.defaults();
        OutcomeScore s = d.score();
        double calming = Double.parseDouble(options.getOrDefault("calming", String.valueOf(s.calming())));
        System.out.printf(Locale.ROOT, "outcome score weights: resolved %.1f, complaint %.1f, transferred %.1f, calming %.1f, csat %.1f%n",
                s.resolved(), s.complaint(), s.transferred(), calming, s.csat());
        return new LearningSettings(new OutcomeScore(s.resolved(), s.complaint(), s.transferred(), calming, s.csat()),
                d.intervalLevel(), d.minimumDeviationSd(), d.callsForSpread(), d.blendWeight(), d.rounds());
    }

    private static void printCurve(List<LearningCheck.Result> results) {
        System.out.printf(Locale.ROOT, "%-5s %-14s %-40s %-22s %s%n", "day", "calls so far", "Spearman(learned, truth) per seed",
                "median (min)", "Spearman(configured, truth), 90% interval: mean width, share holding the truth");
        int days = results.get(0).curve().size();
        for (int d = 0; d < days; d++) {
            double[] rho = new double[results.size()];
            StringBuilder each = new StringBuilder();
            for (int s = 0; s < results.size(); s++) {
                rho[s] = results.get(s).curve().get(d).learnedRankCorrelation();
                each.append(String.format(Locale.ROOT, "%.3f ", rho[s]));
            }
            LearningCheck.CurvePoint first = results.get(0).curve().get(d);
            System.out.printf(Locale.ROOT, "%-5d %-14d %-40s %.3f (%.3f)        %.3f, %.3f, %.2f%n", first.day(), first.calls(),
                    each, median(rho), min(rho), first.configuredRankCorrelation(), first.meanIntervalWidth(),
                    first.intervalCoverage());
        }
    }

    private static void printRouting(List<LearningCheck.Result> results) {
        System.out.printf(Locale.ROOT, "%nCare-weighted true empathy of the answering agent, after the month (fresh days):%n");
        System.out.printf(Locale.ROOT, "%-5s %8s %11s %9s %8s %28s %31s%n", "seed", "blind", "configured", "learned", "true",
                "learned share of true's gain", "configured share of true's gain");
        double[] shares = new double[results.size()];
        for (int s = 0; s < results.size(); s++) {
            LearningCheck.Routing r = results.get(s).routing();
            shares[s] = r.learnedShareOfGain();
            System.out.printf(Locale.ROOT, "%-5d %8.4f %11.4f %9.4f %8.4f %27.1f%% %30.1f%%%n", s + 1, r.blind(), r.configured(),
                    r.learned(), r.truth(), 100 * r.learnedShareOfGain(), 100 * r.configuredShareOfGain());
        }
        System.out.printf(Locale.ROOT, "median learned share %.1f%%, lowest %.1f%%%n", 100 * median(shares), 100 * min(shares));
    }

    private static void plot(List<LearningCheck.Result> results, Path file) {
        XYChart chart = new XYChartBuilder().width(900).height(500).title("Empathy learned from outcomes: rank correlation with the hidden truth")
                .xAxisTitle("days of calls").yAxisTitle("Spearman rank correlation").build();
        for (int s = 0; s < results.size(); s++) {
            List<Integer> x = results.get(s).curve().stream().map(LearningCheck.CurvePoint::day).toList();
            List<Double> y = results.get(s).curve().stream().map(LearningCheck.CurvePoint::learnedRankCorrelation).toList();
            chart.addSeries("learned, month " + (s + 1), x, y);
        }
        List<Integer> x = results.get(0).curve().stream().map(LearningCheck.CurvePoint::day).toList();
        List<Double> configured = results.get(0).curve().stream().map(LearningCheck.CurvePoint::configuredRankCorrelation).toList();
        chart.addSeries("configured (QA), month 1", x, configured);
        chart.addSeries("target 0.8", List.of(1, x.size()), List.of(0.8, 0.8));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            BitmapEncoder.saveBitmap(chart, file.toString(), BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println("learning curve written to " + file);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double min(double[] values) {
        return java.util.Arrays.stream(values).min().orElse(Double.NaN);
    }
}
