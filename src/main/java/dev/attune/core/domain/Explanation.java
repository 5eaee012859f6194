package dev.attune.core.domain;

import java.util.List;

/**
 * Why a call went to an agent: each constraint's contribution, the top reasons in words, a short
 * whisper for the agent, and the runner-up agents. Stored with every decision for compliance.
 *
 * @param rulesChecked every hard rule the chosen agent was checked against, with the facts that met it
 * @param passedOver   the best agents not chosen, each with the rule that ruled them out or the terms that
 *                     put them behind ("agent-7: no FINRA_SERIES_7 licence")
 */
public record Explanation(
        List<ConstraintContribution> contributions,
        List<String> reasons,
        String whisper,
        CareNeed careNeed,
        List<String> alternativeAgentIds,
        List<String> rulesChecked,
        List<String> passedOver) {

    public Explanation {
        contributions = List.copyOf(contributions);
        reasons = List.copyOf(reasons);
        alternativeAgentIds = alternativeAgentIds == null ? List.of() : List.copyOf(alternativeAgentIds);
        rulesChecked = rulesChecked == null ? List.of() : List.copyOf(rulesChecked);
        passedOver = passedOver == null ? List.of() : List.copyOf(passedOver);
    }

    /** An explanation recorded before hard rules and passed-over agents were part of it. */
    public Explanation(List<ConstraintContribution> contributions, List<String> reasons, String whisper,
            CareNeed careNeed, List<String> alternativeAgentIds) {
        this(contributions, reasons, whisper, careNeed, alternativeAgentIds, List.of(), List.of());
    }
}
