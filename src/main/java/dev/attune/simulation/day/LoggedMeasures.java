package dev.attune.simulation.day;

import dev.attune.simulation.trace.CallLog;
import dev.attune.simulation.trace.LoggedCall;
import java.util.List;

/**
 * What the log itself shows, measured as the replay measures it: ASA over answered callers, abandonment
 * and service level (answered within 20 s) over routed callers. The calibration's target.
 */
public record LoggedMeasures(double asaSeconds, double abandonmentPercent, double serviceLevelPercent) {
    public static final double SERVICE_LEVEL_SECONDS = 20;

    public static LoggedMeasures of(CallLog log) {
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
                    if (call.queueTime() < SERVICE_LEVEL_SECONDS) {
                        inTime++;
                    }
                }
            }
        }
        return new LoggedMeasures(wait / Math.max(1, answered), 100.0 * abandoned / Math.max(1, routed),
                100.0 * inTime / Math.max(1, routed));
    }

    /** The replay's value for a measure this record holds. */
    public double value(DayMetric metric) {
        return switch (metric) {
            case ASA -> asaSeconds;
            case ABANDONMENT -> abandonmentPercent;
            case SERVICE_LEVEL -> serviceLevelPercent;
            default -> throw new IllegalArgumentException("the log does not show " + metric.label());
        };
    }
}
