package dev.attune.learning.fairness;

import dev.attune.core.domain.CallOutcome;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/** Counts over a group of calls, from which its measures and its favourable rates come. */
final class Tally {
    private long settled;
    private long answered;
    private long abandoned;
    private long withinServiceLevel;
    private long topEmpathy;
    private long topProficiency;
    private long reported;
    private long resolved;
    private long complaints;
    private long transfers;
    private final SummaryStatistics waits = new SummaryStatistics();
    private final SummaryStatistics csat = new SummaryStatistics();
    private double[] caredEmpathy = new double[16];
    private double[] care = new double[16];
    private int cared;

    void add(SegmentedCall call) {
        if (!call.settled()) {
            return;
        }
        settled++;
        if (!call.answered()) {
            abandoned++;
            return;
        }
        answered++;
        waits.addValue(call.waitSeconds());
        withinServiceLevel += call.withinServiceLevel() ? 1 : 0;
        topEmpathy += call.topEmpathy() ? 1 : 0;
        topProficiency += call.topProficiency() ? 1 : 0;
        if (call.outcome() != null) {
            reported++;
            resolved += call.outcome() == CallOutcome.RESOLVED ? 1 : 0;
            complaints += call.outcome() == CallOutcome.COMPLAINT ? 1 : 0;
            transfers += call.outcome() == CallOutcome.TRANSFERRED ? 1 : 0;
        }
        if (call.csat() != null) {
            csat.addValue(call.csat());
        }
        if (!Double.isNaN(call.careNeed()) && !Double.isNaN(call.agentEmpathy())) {
            if (cared == care.length) {
                care = java.util.Arrays.copyOf(care, cared * 2);
                caredEmpathy = java.util.Arrays.copyOf(caredEmpathy, cared * 2);
            }
            care[cared] = call.careNeed();
            caredEmpathy[cared] = call.careNeed() * call.agentEmpathy();
            cared++;
        }
    }

    long settled() {
        return settled;
    }

    Measures measures(Intervals intervals) {
        return new Measures(settled, intervals.mean(waits), intervals.rate(abandoned, settled),
                intervals.rate(withinServiceLevel, settled), intervals.rate(topEmpathy, answered),
                intervals.rate(topProficiency, answered),
                intervals.ratio(java.util.Arrays.copyOf(caredEmpathy, cared), java.util.Arrays.copyOf(care, cared)),
                intervals.rate(resolved, reported), intervals.rate(complaints, reported),
                intervals.rate(transfers, reported), intervals.mean(csat));
    }

    /** {hits, calls} of a favourable rate. */
    long[] favourable(FavourableRate rate) {
        return switch (rate) {
            case ANSWERED -> new long[] {answered, settled};
            case SERVICE_LEVEL -> new long[] {withinServiceLevel, settled};
            case TOP_EMPATHY -> new long[] {topEmpathy, answered};
            case TOP_PROFICIENCY -> new long[] {topProficiency, answered};
            case RESOLVED -> new long[] {resolved, reported};
            case NO_COMPLAINT -> new long[] {reported - complaints, reported};
        };
    }
}
