package dev.attune.simulation.cli;

import dev.attune.simulation.day.DayMetric;
import dev.attune.simulation.day.LoggedMeasures;
import dev.attune.simulation.day.PolicyComparison;
import dev.attune.simulation.des.Estimate;
import java.util.Locale;

/** The log's own waits against the longest-idle replay, light and calibrated: how busy each replay is. */
final class CalibrationCheck {
    static final double TOLERANCE = 0.15;

    private CalibrationCheck() {
    }

    /**
     * @param light      the light replay's comparison (its reference is longest-idle), or null when not run
     * @param calibrated the calibrated replay's comparison, or null when not run
     */
    static String report(LoggedMeasures log, String fittedOn, PolicyComparison light, PolicyComparison calibrated) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "%nThe log itself against the longest-idle replay (capacity fitted on %s; target: within %.0f%% of the log):%n"
                        + "  %-36s %8s %22s %22s  %s%n", fittedOn, 100 * TOLERANCE, "measure", "log", "light replay",
                "calibrated replay", "calibrated vs log"));
        for (DayMetric metric : new DayMetric[] {DayMetric.ASA, DayMetric.ABANDONMENT, DayMetric.SERVICE_LEVEL}) {
            double logged = log.value(metric);
            out.append(String.format(Locale.ROOT, "  %-36s %8.2f %22s %22s", metric.label(), logged, cell(light, metric),
                    cell(calibrated, metric)));
            if (calibrated != null) {
                double mean = calibrated.estimate(calibrated.reference(), metric).mean();
                double off = mean / logged - 1;
                out.append(String.format(Locale.ROOT, "  %+6.1f%% %s", 100 * off,
                        Math.abs(off) <= TOLERANCE ? "within" : "OUTSIDE"));
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String cell(PolicyComparison comparison, DayMetric metric) {
        if (comparison == null) {
            return "-";
        }
        Estimate e = comparison.estimate(comparison.reference(), metric);
        return String.format(Locale.ROOT, "%8.2f ± %6.2f", e.mean(), e.halfWidth());
    }
}
