package dev.attune.core.engine;

import dev.attune.core.domain.ConstraintContribution;
import dev.attune.core.domain.RoutingConstraint;
import dev.attune.core.domain.RoutingWeights;
import dev.attune.core.scoring.AgentFacts;
import dev.attune.core.scoring.CallFacts;
import dev.attune.core.scoring.MatchTerms;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One (call, agent) pairing scored term by term with the solver's {@link MatchTerms} at the weights in
 * force: the total is exactly {@link MatchTerms#softScore}, and the parts are what an explanation shows.
 */
record MatchScore(CallFacts call, AgentFacts agent, long total, Map<RoutingConstraint, Long> soft) {

    static long total(CallFacts call, AgentFacts agent, RoutingWeights weights) {
        return MatchTerms.softScore(call, agent, weights);
    }

    static MatchScore of(CallFacts call, AgentFacts agent, RoutingWeights weights) {
        Map<RoutingConstraint, Long> soft = new EnumMap<>(RoutingConstraint.class);
        soft.put(RoutingConstraint.EMPATHY_FOR_DISTRESS,
                -weights.of(RoutingConstraint.EMPATHY_FOR_DISTRESS) * MatchTerms.empathyForDistress(call, agent));
        soft.put(RoutingConstraint.PROFICIENCY_FOR_STAKES,
                -weights.of(RoutingConstraint.PROFICIENCY_FOR_STAKES) * MatchTerms.proficiencyForStakes(call, agent));
        soft.put(RoutingConstraint.WAIT_TIME,
                -weights.of(RoutingConstraint.WAIT_TIME) * MatchTerms.waitTime(call, agent));
        soft.put(RoutingConstraint.EMOTIONAL_LOAD,
                -weights.of(RoutingConstraint.EMOTIONAL_LOAD) * MatchTerms.emotionalLoad(call, agent));
        soft.put(RoutingConstraint.AGENT_FAIRNESS,
                -weights.of(RoutingConstraint.AGENT_FAIRNESS) * MatchTerms.agentFairness(agent));
        soft.put(RoutingConstraint.CUSTOMER_CONTINUITY,
                weights.of(RoutingConstraint.CUSTOMER_CONTINUITY) * MatchTerms.customerContinuity(call, agent));
        soft.put(RoutingConstraint.SCARCE_SKILLS,
                -weights.of(RoutingConstraint.SCARCE_SKILLS) * MatchTerms.scarceSkills(call, agent));
        soft.put(RoutingConstraint.EMPATHY_RESERVE,
                -weights.of(RoutingConstraint.EMPATHY_RESERVE) * MatchTerms.empathyReserve(call, agent));
        long total = soft.values().stream().mapToLong(Long::longValue).sum();
        return new MatchScore(call, agent, total, soft);
    }

    long of(RoutingConstraint constraint) {
        return soft.getOrDefault(constraint, 0L);
    }

    /**
     * Every constraint's contribution to this decision: the hard rules and the medium level contribute 0
     * because an offer is only ever made when they hold and the call is served; the soft ones their part.
     */
    List<ConstraintContribution> contributions() {
        List<ConstraintContribution> all = new ArrayList<>();
        for (RoutingConstraint constraint : RoutingConstraint.values()) {
            all.add(new ConstraintContribution(constraint.displayName(), constraint.level().name(), of(constraint)));
        }
        return all;
    }
}
