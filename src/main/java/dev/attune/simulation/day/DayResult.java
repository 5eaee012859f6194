package dev.attune.simulation.day;

import java.util.Map;

/**
 * One policy's measures over one replication of a replay.
 *
 * @param waitBySlot      mean wait of answered callers by half hour of the day (arrival), NaN where none
 * @param abandonedBySlot abandonment % by half hour of the day
 * @param callsBySlot     routed callers by half hour of the day
 */
public record DayResult(
        String policy,
        int replication,
        Map<DayMetric, Double> values,
        double[] waitBySlot,
        double[] abandonedBySlot,
        long[] callsBySlot,
        long routedCalls,
        long highCareCalls) {

    public double value(DayMetric metric) {
        return values.get(metric);
    }
}
