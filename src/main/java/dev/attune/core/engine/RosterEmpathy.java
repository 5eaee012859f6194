package dev.attune.core.engine;

import dev.attune.core.domain.Agent;
import dev.attune.core.domain.AgentProfile;
import dev.attune.core.domain.Catalogue;
import dev.attune.core.scoring.EmpathyReserve;
import dev.attune.core.scoring.QualifiedProducts;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The pool roster's empathy quartile boundary and median, for the empathy reserve. The whole roster counts,
 * whatever each agent's state, as the simulator's "top quartile" does; they are sorted again only when the
 * roster's empathy changes (a cheap fingerprint: head count and empathy sum), not on every decision. The roster is
 * not even walked while its version (a count of joins, leaves and profile changes) stands: walking 2,000 agents
 * for every decision was a fifth of the routing thread at 1,000 calls/s (docs/load-test.md). With them, the products
 * each top-quartile agent qualifies for, the only agents whose reserve is not 0, kept until the roster or the
 * catalogue changes.
 */
final class RosterEmpathy {
    private long version = Long.MIN_VALUE;
    private int count = -1;
    private double sum = Double.NaN;
    private double topQuartileFrom = Double.POSITIVE_INFINITY;
    private double median;
    private Catalogue qualifiedFor;
    private QualifiedProducts qualified;

    /**
     * True when the roster or the catalogue changed since the last call and the figures were recomputed.
     *
     * @param rosterVersion changes whenever an agent joins, leaves or gets another profile
     */
    boolean refresh(Collection<Agent> roster, long rosterVersion, Catalogue catalogue) {
        if (rosterVersion == version && catalogue == qualifiedFor) {
            return false;
        }
        if (rosterVersion != version) {
            version = rosterVersion;
            refigure(roster);
        }
        List<AgentProfile> topQuartile = roster.stream().map(Agent::profile)
                .filter(profile -> profile.empathy() >= topQuartileFrom).toList();
        qualified = QualifiedProducts.of(catalogue.products(), topQuartile);
        qualifiedFor = catalogue;
        return true;
    }

    private void refigure(Collection<Agent> roster) {
        double total = 0;
        for (Agent agent : roster) {
            total += agent.profile().empathy();
        }
        if (roster.size() == count && total == sum) {
            return;
        }
        count = roster.size();
        sum = total;
        double[] sorted = roster.stream().mapToDouble(a -> a.profile().empathy()).toArray();
        Arrays.sort(sorted);
        topQuartileFrom = EmpathyReserve.topQuartileFrom(sorted);
        median = EmpathyReserve.median(sorted);
    }

    double topQuartileFrom() {
        return topQuartileFrom;
    }

    double median() {
        return median;
    }

    /** The products each agent qualifies for, worked out for the top quartile as of the last refresh. */
    QualifiedProducts qualified() {
        return qualified;
    }
}
