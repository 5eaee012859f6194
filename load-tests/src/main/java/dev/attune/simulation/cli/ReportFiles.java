package dev.attune.simulation.cli;

import dev.attune.simulation.day.DayMetric;
import dev.attune.simulation.day.DayResult;
import dev.attune.simulation.day.PolicyComparison;
import dev.attune.simulation.des.Estimate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;

/** Writes a comparison as a printed table, CSV files and PNG plots. */
final class ReportFiles {
    private ReportFiles() {
    }

    static String table(PolicyComparison comparison, String title) {
        StringBuilder out = new StringBuilder(title).append('\n');
        List<String> policies = comparison.policies();
        out.append(String.format(Locale.ROOT, "%-66s", "measure (95% CI over replications)"));
        for (String policy : policies) {
            out.append(String.format(Locale.ROOT, " %22s", policy));
        }
        out.append('\n');
        for (DayMetric metric : DayMetric.values()) {
            out.append(String.format(Locale.ROOT, "%-66s", metric.label()));
            for (String policy : policies) {
                Estimate e = comparison.estimate(policy, metric);
                out.append(String.format(Locale.ROOT, " %13.3f ± %6.3f", e.mean(), e.halfWidth()));
            }
            out.append('\n');
        }
        out.append(String.format(Locale.ROOT, "%nPaired difference from %s (same callers, same agents):%n", comparison.reference()));
        for (DayMetric metric : DayMetric.values()) {
            out.append(String.format(Locale.ROOT, "%-66s", metric.label()));
            for (String policy : policies) {
                Estimate d = comparison.difference(policy, metric);
                out.append(String.format(Locale.ROOT, " %+13.3f ± %6.3f", d.mean(), Double.isNaN(d.halfWidth()) ? 0 : d.halfWidth()));
            }
            out.append('\n');
        }
        return out.toString();
    }

    static void csv(PolicyComparison comparison, Path file) {
        List<String> lines = new ArrayList<>();
        lines.add("policy,metric,mean,ci95_half_width,diff_vs_" + comparison.reference() + ",diff_ci95_half_width,replications");
        for (String policy : comparison.policies()) {
            for (DayMetric metric : DayMetric.values()) {
                Estimate e = comparison.estimate(policy, metric);
                Estimate d = comparison.difference(policy, metric);
                lines.add(String.format(Locale.ROOT, "%s,%s,%.6f,%.6f,%.6f,%.6f,%d", policy, metric.name(), e.mean(),
                        nan0(e.halfWidth()), d.mean(), nan0(d.halfWidth()), e.replications()));
            }
        }
        write(file, lines);
    }

    static void waitsCsv(PolicyComparison comparison, Path file) {
        List<String> lines = new ArrayList<>();
        lines.add("policy,half_hour,mean_wait_seconds,abandonment_percent");
        for (String policy : comparison.policies()) {
            double[] waits = comparison.meanBySlot(policy, DayResult::waitBySlot);
            double[] abandoned = comparison.meanBySlot(policy, DayResult::abandonedBySlot);
            for (int s = 0; s < waits.length; s++) {
                lines.add(String.format(Locale.ROOT, "%s,%02d:%02d,%s,%s", policy, s / 2, (s % 2) * 30, num(waits[s]),
                        num(abandoned[s])));
            }
        }
        write(file, lines);
    }

    static void waitsPlot(PolicyComparison comparison, String title, Path file) {
        XYChart chart = new XYChartBuilder().width(1000).height(560).title(title)
                .xAxisTitle("hour of day (arrival)").yAxisTitle("mean wait of answered callers (s)").build();
        for (String policy : comparison.policies()) {
            double[] waits = comparison.meanBySlot(policy, DayResult::waitBySlot);
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            for (int s = 0; s < waits.length; s++) {
                if (!Double.isNaN(waits[s])) {
                    x.add(s / 2.0);
                    y.add(waits[s]);
                }
            }
            if (!x.isEmpty()) {
                chart.addSeries(policy, x, y);
            }
        }
        save(chart, file);
    }

    static void empathyPlot(PolicyComparison comparison, String title, Path file) {
        CategoryChart chart = new CategoryChartBuilder().width(1000).height(560).title(title)
                .xAxisTitle("policy").yAxisTitle("%").build();
        List<String> policies = comparison.policies();
        List<Double> share = new ArrayList<>();
        List<Double> shareError = new ArrayList<>();
        List<Double> match = new ArrayList<>();
        List<Double> matchError = new ArrayList<>();
        for (String policy : policies) {
            Estimate s = comparison.estimate(policy, DayMetric.HIGH_CARE_TOP_EMPATHY);
            Estimate m = comparison.estimate(policy, DayMetric.DISTRESS_WEIGHTED_EMPATHY);
            share.add(s.mean());
            shareError.add(nan0(s.halfWidth()));
            match.add(100 * m.mean());
            matchError.add(100 * nan0(m.halfWidth()));
        }
        chart.addSeries("high-care callers served by top-quartile empathy %", policies, share, shareError);
        chart.addSeries("distress-weighted empathy match x100", policies, match, matchError);
        save(chart, file);
    }

    private static void save(Object chart, Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            BitmapEncoder.saveBitmap((org.knowm.xchart.internal.chartpart.Chart<?, ?>) chart, file.toString(),
                    BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path file, List<String> lines) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double nan0(double v) {
        return Double.isNaN(v) ? 0 : v;
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.3f", v);
    }
}
