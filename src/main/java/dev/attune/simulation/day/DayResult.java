package dev.attune.simulation.day;

import dev.attune.learning.fairness.SegmentedCall;
import java.util.List;
import java.util.Map;

/**
 * One policy's measures over one replication of a replay.
 *
 * @param waitBySlot      mean wait of answered callers by half hour of the day (arrival), NaN where none
 * @param abandonedBySlot abandonment % by half hour of the day
 * @param callsBySlot     routed callers by half hour of the day
 * @param segmentedCalls  each caller as the fairness audit sees it, when the replay was asked to keep them
 */
public record DayResult(
        String policy,
        int replication,
        Map<DayMetric, Double> values,
        double[] waitBySlot,
        double[] abandonedBySlot,
        long[] callsBySlot,
        long routedCalls,
        long highCareCalls,
        List<SegmentedCall> segmentedCalls) {

    /** This run with each caller as the fairness audit sees it. */
    DayResult withSegmentedCalls(List<SegmentedCall> calls) {
        return new DayResult(policy, replication, values, waitBySlot, abandonedBySlot, callsBySlot, routedCalls,
                highCareCalls, List.copyOf(calls));
    }

    public double value(DayMetric metric) {
        return values.get(metric);
    }
}
