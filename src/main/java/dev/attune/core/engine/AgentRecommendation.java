package dev.attune.core.engine;

import dev.attune.core.domain.AgentState;
import dev.attune.core.domain.ConstraintContribution;
import java.util.List;

/**
 * One agent who could take a call, for "who else could take it" screens: the match score with its
 * per-constraint contributions, and whether the agent could take it right now.
 *
 * @param score soft score of the pairing at the weights in force (higher is better)
 */
public record AgentRecommendation(
        String agentId,
        AgentState state,
        boolean availableNow,
        long score,
        List<ConstraintContribution> contributions,
        List<String> reasons) {

    public AgentRecommendation {
        contributions = List.copyOf(contributions);
        reasons = List.copyOf(reasons);
    }
}
