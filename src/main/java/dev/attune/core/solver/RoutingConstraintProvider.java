package dev.attune.core.solver;

import static ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore.ONE_HARD;
import static ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore.ONE_MEDIUM;
import static ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore.ONE_SOFT;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.count;

import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import dev.attune.core.domain.Proficiency;
import dev.attune.core.domain.RoutingConstraint;
import dev.attune.core.scoring.MatchTerms;
import java.util.List;

/**
 * The routing model, one method per {@link RoutingConstraint}, named by its display name so the weight
 * a workforce manager edits, the explanation a compliance officer reads and the constraint here are
 * one thing. Every soft and medium amount comes from {@link MatchTerms}; the weights come from the
 * plan's ConstraintWeightOverrides (config/weights.json), so the 1s below are only fallbacks.
 * The formulas and the reasons are catalogued in docs/constraints.md.
 */
public final class RoutingConstraintProvider implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                requiredSkill(factory),
                language(factory),
                requiredLicence(factory),
                agentAvailability(factory),
                agentCapacity(factory),
                excludedAgent(factory),
                unservedCall(factory),
                empathyForDistress(factory),
                proficiencyForStakes(factory),
                waitTime(factory),
                emotionalLoad(factory),
                agentFairness(factory),
                customerContinuity(factory),
                scarceSkills(factory),
                EmpathyReserveConstraint.of(factory)
        };
    }

    private static List<Object> callAndAgent(WaitingCall call) {
        return List.of(call, call.getAgent());
    }

    // ---- hard: routing rules; the value ranges already respect them, these catch a stale plan ----

    Constraint requiredSkill(ConstraintFactory factory) {
        return factory.forEach(WaitingCall.class)
                .filter(call -> !call.facts().ringAdmits(call.getAgent().profile()))
                .penalize(ONE_HARD)
                .justifyWith((call, score) -> RoutingJustification.of(call, "%s proficiency %d, product %s needs %d",
                        call.requiredSkill(), call.getAgent().profile().proficiency(call.requiredSkill()),
                        call.getProduct().code(), call.getProduct().minimumProficiencyAfter(call.getWaitSeconds())))
                .indictWith(RoutingConstraintProvider::callAndAgent)
                .asConstraintDescribed(RoutingConstraint.REQUIRED_SKILL.displayName(),
                        "The agent has the product's skill at the minimum proficiency of the call's relaxation ring (the catalogue's minimum without rings).", "hard");
    }

    Constraint language(ConstraintFactory factory) {
        return factory.forEach(WaitingCall.class)
                .filter(call -> !call.getAgent().profile().speaks(call.getCall()))
                .penalize(ONE_HARD)
                .justifyWith((call, score) -> RoutingJustification.of(call, "agent does not speak %s",
                        call.getCall().language()))
                .indictWith(RoutingConstraintProvider::callAndAgent)
                .asConstraintDescribed(RoutingConstraint.LANGUAGE.displayName(),
                        "The agent speaks the caller's language.", "hard");
    }

    Constraint requiredLicence(ConstraintFactory factory) {
        return factory.forEach(WaitingCall.class)
                .filter(call -> !call.getAgent().profile().holdsLicence(call.getProduct().requiredLicence()))
                .penalize(ONE_HARD)
                .justifyWith((call, score) -> RoutingJustification.of(call, "agent lacks licence %s",
                        call.getProduct().requiredLicence()))
                .indictWith(RoutingConstraintProvider::callAndAgent)
                .asConstraintDescribed(RoutingConstraint.REQUIRED_LICENCE.displayName(),
                        "The agent holds the product's required licence (e.g. Series 7 for rollovers).", "hard");
    }

    Constraint agentAvailability(ConstraintFactory factory) {
        return factory.forEach(WaitingCall.class)
                .filter(call -> call.getAgent().getSecondsUntilFree() > call.getHoldLimitSeconds())
                .penalize(ONE_HARD)
                .justifyWith((call, score) -> RoutingJustification.of(call,
                        call.getAgent().getSecondsUntilFree() == PlannedAgent.NEVER
                                ? "agent will not be free by any known time"
                                : "agent free in %d s, call may be held %d s",
                        call.getAgent().getSecondsUntilFree(), call.getHoldLimitSeconds()))
                .indictWith(RoutingConstraintProvider::callAndAgent)
                .asConstraintDescribed(RoutingConstraint.AGENT_AVAILABILITY.displayName(),
                        "The agent is free now, or for a high-care call free within the hold limit.", "hard");
    }

    Constraint agentCapacity(ConstraintFactory factory) {
        return factory.forEach(WaitingCall.class)
                .groupBy(WaitingCall::getAgent, WaitingCall::getChannel, count())
                .filter((agent, channel, planned) -> planned > agent.getSlots(channel))
                .penalize(ONE_HARD, (agent, channel, planned) -> planned - agent.getSlots(channel))
                .justifyWith((agent, channel, planned, score) -> RoutingJustification.ofAgent(agent,
                        "%d %s calls planned, %d %s slots free", planned, channel, agent.getSlots(channel), channel))
                .indictWith((agent, channel, planned) -> List.of(agent))
                .asConstraintDescribed(RoutingConstraint.AGENT_CAPACITY.displayName(),
                        "No agent is planned more calls of a channel than its free slots on that channel "
                                + "(none for a channel the agent does not take).", "hard");
    }

    Constraint excludedAgent(ConstraintFactory factory) {
        return factory.forEach(WaitingCall.class)
                .filter(call -> call.getCall().excludes(call.getAgent().getId()))
                .penalize(ONE_HARD)
                .justifyWith((call, score) -> RoutingJustification.of(call,
                        "agent rejected or let this call's offer time out"))
                .indictWith(RoutingConstraintProvider::callAndAgent)
                .asConstraintDescribed(RoutingConstraint.EXCLUDED_AGENT.displayName(),
                        "A call is never offered again to an agent who rejected it or let it time out.", "hard");
    }

    // ---- medium: serve as many calls as agents allow, most urgent first ----

    Constraint unservedCall(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(WaitingCall.class)
                .filter(call -> call.getAgent() == null)
                .penalizeLong(ONE_MEDIUM, call -> MatchTerms.unservedCall(call.getUrgency()))
                .justifyWith((call, score) -> RoutingJustification.of(call,
                        "unserved: priority %d, care need %.2f, waited %d s of a %d s target",
                        call.getCall().priority(), call.getCareNeed().value(), call.getWaitSeconds(),
                        call.getProduct().serviceLevel().thresholdSeconds()))
                .indictWith(call -> List.of(call))
                .asConstraintDescribed(RoutingConstraint.UNSERVED_CALL.displayName(),
                        "Every call left unserved costs its urgency.", "medium");
    }

    // ---- soft: serve them well ----

    Constraint empathyForDistress(ConstraintFactory factory) {
        return factory.forEach(WaitingCall.class)
                .filter(call -> call.getCareNeed().value() > 0 && call.getAgent().getEmpathy() < 1)
                .penalizeLong(ONE_SOFT, call -> MatchTerms.empathyForDistress(call.facts(), call.getAgent().facts()))
                .justifyWith((call, score) -> RoutingJustification.of(call, "care need %.2f (%s), agent empathy %.2f",
                        call.getCareNeed().value(), call.getCareNeed().describe(), call.getAgent().getEmpathy()))
                .indictWith(RoutingConstraintProvider::callAndAgent)
                .asConstraintDescribed(RoutingConstraint.EMPATHY_FOR_DISTRESS.displayName(),
                        "Distressed callers go to empathetic agents.", "soft");
    }

    Constraint proficiencyForStakes(ConstraintFactory factory) {
        return factory.forEach(WaitingCall.class)
                .filter(call -> call.getCareNeed().stakes() > 0
                        && call.getAgent().profile().proficiency(call.requiredSkill()) < Proficiency.MAX)
                .penalizeLong(ONE_SOFT, call -> MatchTerms.proficiencyForStakes(call.facts(), call.getAgent().facts()))
                .justifyWith((call, score) -> RoutingJustification.of(call, "stakes %.2f, %s proficiency %d",
                        call.getCareNeed().stakes(), call.requiredSkill(),
                        call.getAgent().profile().proficiency(call.requiredSkill())))
                .indictWith(RoutingConstraintProvider::callAndAgent)
                .asConstraintDescribed(RoutingConstraint.PROFICIENCY_FOR_STAKES.displayName(),
                        "High-stakes calls go to the most proficient agents.", "soft");
    }

    Constraint waitTime(ConstraintFactory factory) {
        return factory.forEach(WaitingCall.class)
                .filter(call -> !call.getAgent().isFreeNow())
                .penalizeLong(ONE_SOFT, call -> MatchTerms.waitTime(call.facts(), call.getAgent().facts()))
                .justifyWith((call, score) -> RoutingJustification.of(call, "held %d s for this agent at urgency %.2f",
                        call.getAgent().getSecondsUntilFree(), call.getUrgency() / (double) MatchTerms.UNIT))
                .indictWith(RoutingConstraintProvider::callAndAgent)
                .asConstraintDescribed(RoutingConstraint.WAIT_TIME.displayName(),
                        "Holding a call for an agent not yet free costs its urgency per second.", "soft");
    }

    Constraint emotionalLoad(ConstraintFactory factory) {
        return factory.forEach(WaitingCall.class)
                .filter(call -> call.getAgent().getEmotionalLoad() > 0 && call.getCareNeed().distress() > 0)
                .penalizeLong(ONE_SOFT, call -> MatchTerms.emotionalLoad(call.facts(), call.getAgent().facts()))
                .justifyWith((call, score) -> RoutingJustification.of(call, "agent load %.2f, caller distress %.2f",
                        call.getAgent().getEmotionalLoad(), call.getCareNeed().distress()))
                .indictWith(RoutingConstraintProvider::callAndAgent)
                .asConstraintDescribed(RoutingConstraint.EMOTIONAL_LOAD.displayName(),
                        "An agent with recent distressed callers is spared another one.", "soft");
    }

    Constraint agentFairness(ConstraintFactory factory) {
        return factory.forEach(WaitingCall.class)
                .penalizeLong(ONE_SOFT, call -> MatchTerms.agentFairness(call.getAgent().facts()))
                .justifyWith((call, score) -> RoutingJustification.of(call, "agent idle %d s, occupancy %.2f",
                        call.getAgent().getIdleSeconds(), call.getAgent().getOccupancy()))
                .indictWith(RoutingConstraintProvider::callAndAgent)
                .asConstraintDescribed(RoutingConstraint.AGENT_FAIRNESS.displayName(),
                        "Work goes to the longest-idle, least-occupied agent among equals.", "soft");
    }

    Constraint customerContinuity(ConstraintFactory factory) {
        return factory.forEach(WaitingCall.class)
                .filter(call -> call.getAgent().getId().equals(call.getCall().lastAgentId()))
                .rewardLong(ONE_SOFT, call -> MatchTerms.customerContinuity(call.facts(), call.getAgent().facts()))
                .justifyWith((call, score) -> RoutingJustification.of(call, "agent served this customer last time"))
                .indictWith(RoutingConstraintProvider::callAndAgent)
                .asConstraintDescribed(RoutingConstraint.CUSTOMER_CONTINUITY.displayName(),
                        "A returning customer gets the agent who served them last.", "soft");
    }

    Constraint scarceSkills(ConstraintFactory factory) {
        return factory.forEach(WaitingCall.class)
                .filter(call -> call.getAgent().facts().otherSkillPressure(call.requiredSkill()) > 0)
                .penalizeLong(ONE_SOFT, call -> MatchTerms.scarceSkills(call.facts(), call.getAgent().facts()))
                .justifyWith((call, score) -> RoutingJustification.of(call,
                        "agent's other skills under pressure %.2f",
                        call.getAgent().facts().otherSkillPressure(call.requiredSkill())))
                .indictWith(RoutingConstraintProvider::callAndAgent)
                .asConstraintDescribed(RoutingConstraint.SCARCE_SKILLS.displayName(),
                        "Agents with skills in short supply are kept for the calls only they can serve.", "soft");
    }
}
