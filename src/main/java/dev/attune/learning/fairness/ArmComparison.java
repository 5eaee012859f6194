package dev.attune.learning.fairness;

import dev.attune.core.domain.BenchmarkArm;
import java.util.List;

/**
 * The live benchmark's report: each arm's measures and Attune minus control for each, with intervals.
 *
 * @param controlShare the share of settled calls the control arm had
 */
public record ArmComparison(Measures attune, Measures control, double controlShare, Measures difference) {

    public static ArmComparison of(List<SegmentedCall> calls, double level) {
        Intervals intervals = new Intervals(level);
        Tally attune = new Tally();
        Tally control = new Tally();
        for (SegmentedCall call : calls) {
            (call.arm() == BenchmarkArm.CONTROL ? control : attune).add(call);
        }
        Measures a = attune.measures(intervals);
        Measures c = control.measures(intervals);
        long all = attune.settled() + control.settled();
        Measures difference = new Measures(a.calls() - c.calls(),
                intervals.difference(a.asaSeconds(), c.asaSeconds()),
                intervals.difference(a.abandonment(), c.abandonment()),
                intervals.difference(a.serviceLevel(), c.serviceLevel()),
                intervals.difference(a.topEmpathyShare(), c.topEmpathyShare()),
                intervals.difference(a.topProficiencyShare(), c.topProficiencyShare()),
                intervals.difference(a.empathyMatch(), c.empathyMatch()),
                intervals.difference(a.resolution(), c.resolution()),
                intervals.difference(a.complaint(), c.complaint()),
                intervals.difference(a.transfer(), c.transfer()),
                intervals.difference(a.csat(), c.csat()));
        return new ArmComparison(a, c, all == 0 ? Double.NaN : control.settled() / (double) all, difference);
    }
}
