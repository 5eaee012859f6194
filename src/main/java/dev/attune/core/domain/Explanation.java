package dev.attune.core.domain;

import java.util.List;

/**
 * Why a call went to an agent: each constraint's contribution, the top reasons in words, a short
 * whisper for the agent, and the runner-up agents. Stored with every decision for compliance.
 */
public record Explanation(
        List<ConstraintContribution> contributions,
        List<String> reasons,
        String whisper,
        CareNeed careNeed,
        List<String> alternativeAgentIds) {

    public Explanation {
        contributions = List.copyOf(contributions);
        reasons = List.copyOf(reasons);
        alternativeAgentIds = alternativeAgentIds == null ? List.of() : List.copyOf(alternativeAgentIds);
    }
}
