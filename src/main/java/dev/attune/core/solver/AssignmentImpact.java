package dev.attune.core.solver;

import dev.attune.core.domain.ConstraintContribution;
import java.util.List;

/**
 * One agent who could take a call, from {@code recommendAssignment}: how the plan's score would change
 * (per level, and per constraint) if this call went to this agent. Best first in a list.
 */
public record AssignmentImpact(String agentId, long hard, long medium, long soft,
        List<ConstraintContribution> contributions) {

    public AssignmentImpact {
        contributions = List.copyOf(contributions);
    }

    /** Breaks no hard constraint. */
    public boolean feasible() {
        return hard >= 0;
    }
}
