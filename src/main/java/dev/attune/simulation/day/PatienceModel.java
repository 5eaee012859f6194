package dev.attune.simulation.day;

import dev.attune.simulation.trace.CallLog;
import dev.attune.simulation.trace.LoggedCall;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Patience inferred from the log's abandonments. A caller who hung up after waiting w had patience w; a
 * served caller who waited w had patience above w (censored). With exponential patience the maximum
 * likelihood rate per call type is abandonments / total time waited by everyone of that type (the
 * estimator used for Erlang A staffing, Brown et al. 2005 on this very data). A served caller's patience
 * is then w plus an exponential of that mean (memorylessness); an abandoning caller keeps the observed w.
 */
public record PatienceModel(Map<String, Double> meanSecondsByType) {

    public static PatienceModel fromLog(CallLog log) {
        Map<String, double[]> totals = new HashMap<>();
        for (List<LoggedCall> day : log.days().values()) {
            for (LoggedCall call : day) {
                double[] t = totals.computeIfAbsent(call.type(), k -> new double[2]);
                t[0] += call.queueTime();
                if (call.abandoned()) {
                    t[1]++;
                }
            }
        }
        Map<String, Double> means = new HashMap<>();
        totals.forEach((type, t) -> means.put(type, t[1] == 0 ? Double.POSITIVE_INFINITY : t[0] / t[1]));
        return new PatienceModel(Map.copyOf(means));
    }

    public double meanSeconds(String type) {
        return meanSecondsByType.getOrDefault(type, Double.POSITIVE_INFINITY);
    }

    /** Patience of one logged caller given one uniform. */
    public double patience(LoggedCall call, double uniform) {
        if (call.abandoned()) {
            return call.queueTime();
        }
        double mean = meanSeconds(call.type());
        return mean == Double.POSITIVE_INFINITY ? mean : call.queueTime() - mean * Math.log1p(-uniform);
    }
}
