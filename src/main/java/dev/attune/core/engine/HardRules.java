package dev.attune.core.engine;

import dev.attune.core.domain.Agent;
import dev.attune.core.domain.Call;
import dev.attune.core.domain.Product;
import dev.attune.core.domain.RelaxationRing;
import dev.attune.core.domain.RoutingConstraint;
import java.util.List;

/**
 * The hard rules of a match in words, for compliance: each rule with the facts that met it for the chosen
 * agent, and the first rule a passed-over agent failed. The checks are the ones {@link PoolView#mayOffer}
 * makes, rule by rule, so the words can never disagree with the routing.
 */
final class HardRules {
    private HardRules() {
    }

    /** Every hard rule, named as in docs/constraints.md, with how the chosen agent met it. */
    static List<String> checked(Call call, Product product, Agent agent) {
        int proficiency = agent.profile().proficiency(product.requiredSkill());
        String licence = product.requiredLicence() == null
                ? "none needed for " + product.code()
                : product.requiredLicence() + " held";
        return List.of(
                rule(RoutingConstraint.REQUIRED_SKILL, proficiency >= product.minimumProficiency()
                        ? product.requiredSkill() + " " + proficiency + "/5, minimum " + product.minimumProficiency()
                        : overflowFacts(product, agent)),
                rule(RoutingConstraint.LANGUAGE, "speaks the caller's " + call.languageNeed()),
                rule(RoutingConstraint.REQUIRED_LICENCE, licence),
                rule(RoutingConstraint.AGENT_AVAILABILITY, agent.state().name()),
                rule(RoutingConstraint.AGENT_CAPACITY, capacityFacts(call, agent)),
                rule(RoutingConstraint.EXCLUDED_AGENT, call.excludedAgentIds().isEmpty()
                        ? "nobody declined this call"
                        : "not among the " + call.excludedAgentIds().size() + " who declined this call"));
    }

    /** How an agent without the product's skill meets the overflow ring (the last ring, on another skill). */
    private static String overflowFacts(Product product, Agent agent) {
        RelaxationRing ring = product.rings().get(product.rings().size() - 1);
        return "overflow " + ring.overflowSkill() + " " + agent.profile().proficiency(ring.overflowSkill())
                + "/5, minimum " + ring.minimumProficiency() + " from " + ring.afterSeconds() + " s of waiting";
    }

    /** The first hard rule the agent fails for this call, in words, or null when it meets them all. */
    static String failed(Call call, Product product, Agent agent) {
        int proficiency = agent.profile().proficiency(product.requiredSkill());
        if (proficiency < product.minimumProficiency() && product.skillsAdmit(agent.profile())) {
            return "in the overflow ring only: " + overflowFacts(product, agent);
        }
        if (proficiency == 0) {
            return "no " + product.requiredSkill() + " skill";
        }
        if (proficiency < product.minimumProficiency()) {
            return product.requiredSkill() + " " + proficiency + "/5, below the minimum "
                    + product.minimumProficiency();
        }
        if (!agent.profile().speaks(call)) {
            return "does not speak " + call.languageNeed();
        }
        if (!agent.profile().holdsLicence(product.requiredLicence())) {
            return "no " + product.requiredLicence() + " licence";
        }
        if (call.excludes(agent.id())) {
            return "declined this call before";
        }
        if (!agent.profile().handles(call.channel())) {
            return "takes no " + call.channel() + " calls";
        }
        if (!agent.canTakeCallNow(call.channel())) {
            return agent.freeSlots(call.channel()) == 0 ? "at " + call.channel() + " capacity"
                    : "not available (" + agent.state().name() + ")";
        }
        return null;
    }

    /** "0 of 1 VOICE calls in progress", with the agent's other channels when it has any. */
    private static String capacityFacts(Call call, Agent agent) {
        String facts = agent.activeCalls().of(call.channel()) + " of " + agent.profile().capacity().of(call.channel())
                + " " + call.channel() + " calls in progress";
        return agent.profile().capacity().channelCount() > 1
                ? facts + " (capacity " + agent.profile().capacity() + ", holding " + agent.activeCalls() + ")"
                : facts;
    }

    private static String rule(RoutingConstraint constraint, String facts) {
        return constraint.displayName() + ": " + facts;
    }
}
