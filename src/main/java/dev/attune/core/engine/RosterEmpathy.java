package dev.attune.core.engine;

import dev.attune.core.domain.Agent;
import dev.attune.core.scoring.EmpathyReserve;
import java.util.Arrays;
import java.util.Collection;

/**
 * The pool roster's empathy quartile boundary and median, for the empathy reserve. The whole roster counts,
 * whatever each agent's state, as the simulator's "top quartile" does; they are sorted again only when the
 * roster's empathy changes (a cheap fingerprint: head count and empathy sum), not on every decision. The roster is
 * not even walked while its version (a count of joins, leaves and profile changes) stands: walking 2,000 agents
 * for every decision was a fifth of the routing thread at 1,000 calls/s (docs/load-test.md).
 */
final class RosterEmpathy {
    private long version = Long.MIN_VALUE;
    private int count = -1;
    private double sum = Double.NaN;
    private double topQuartileFrom = Double.POSITIVE_INFINITY;
    private double median;

    /**
     * True when the roster's empathy changed since the last call and the figures were recomputed.
     *
     * @param rosterVersion changes whenever an agent joins, leaves or gets another profile
     */
    boolean refresh(Collection<Agent> roster, long rosterVersion) {
        if (rosterVersion == version) {
            return false;
        }
        version = rosterVersion;
        double total = 0;
        for (Agent agent : roster) {
            total += agent.profile().empathy();
        }
        if (roster.size() == count && total == sum) {
            return false;
        }
        count = roster.size();
        sum = total;
        double[] sorted = roster.stream().mapToDouble(a -> a.profile().empathy()).toArray();
        Arrays.sort(sorted);
        topQuartileFrom = EmpathyReserve.topQuartileFrom(sorted);
        median = EmpathyReserve.median(sorted);
        return true;
    }

    double topQuartileFrom() {
        return topQuartileFrom;
    }

    double median() {
        return median;
    }
}
