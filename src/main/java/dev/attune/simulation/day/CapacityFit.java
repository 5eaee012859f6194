package dev.attune.simulation.day;

import dev.attune.simulation.trace.CallLog;
import dev.attune.simulation.trace.LoggedCall;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Estimates the after-call part of the {@link CapacityModel} from a log. The log has no wrap-up or
 * not-ready states, but it shows them indirectly: when an agent ends a call while other callers are
 * waiting, an agent ready for work would take the next caller at once, so the time until that agent's
 * next call is after-call work, not-ready time or a break. Those gaps (up to a cap, beyond which the
 * agent has left for the day) form the empirical distribution the replay draws from.
 */
public final class CapacityFit {
    private CapacityFit() {
    }

    /**
     * @param capSeconds a longer gap is the end of a stint, not time between calls
     * @param points     quantiles stored (the distribution's resolution)
     */
    public static double[] afterCallQuantiles(CallLog log, double capSeconds, int points) {
        List<Double> gaps = afterCallGaps(log, capSeconds);
        if (gaps.isEmpty()) {
            return new double[] {0, 0};
        }
        double[] sorted = gaps.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[] quantiles = new double[points + 1];
        for (int i = 0; i <= points; i++) {
            quantiles[i] = sorted[(int) Math.min(sorted.length - 1, Math.round((double) i / points * (sorted.length - 1)))];
        }
        return quantiles;
    }

    /** Gaps between an agent's consecutive calls that began with a caller waiting in queue. */
    static List<Double> afterCallGaps(CallLog log, double capSeconds) {
        List<Double> gaps = new ArrayList<>();
        for (List<LoggedCall> day : log.days().values()) {
            double[][] waits = day.stream().filter(c -> c.queueTime() > 0)
                    .map(c -> new double[] {c.queueEntry(), c.queueEntry() + c.queueTime()})
                    .toArray(double[][]::new);
            Map<String, List<double[]>> served = new HashMap<>();
            for (LoggedCall c : day) {
                if (!c.abandoned() && c.server() != null) {
                    double start = c.queueEntry() + c.queueTime();
                    served.computeIfAbsent(c.server(), k -> new ArrayList<>())
                            .add(new double[] {start, start + c.serviceTime()});
                }
            }
            for (List<double[]> calls : served.values()) {
                calls.sort((a, b) -> Double.compare(a[0], b[0]));
                for (int i = 1; i < calls.size(); i++) {
                    double end = calls.get(i - 1)[1];
                    double gap = calls.get(i)[0] - end;
                    if (gap >= 0 && gap <= capSeconds && someoneWaiting(waits, end)) {
                        gaps.add(gap);
                    }
                }
            }
        }
        return gaps;
    }

    private static boolean someoneWaiting(double[][] waits, double t) {
        return Arrays.stream(waits).anyMatch(w -> w[0] <= t && w[1] > t);
    }
}
