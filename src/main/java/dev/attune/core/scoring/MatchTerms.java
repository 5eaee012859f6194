package dev.attune.core.scoring;

import dev.attune.core.domain.AgentProfile;
import dev.attune.core.domain.Proficiency;
import dev.attune.core.domain.RoutingConstraint;
import dev.attune.core.domain.RoutingWeights;

/**
 * The soft and medium terms of the routing model for one (call, agent) pair, as longs in milli-units
 * (1000 = one full unit, e.g. a caller in full distress with an agent of no empathy). This is the one
 * place they are defined: the planner's constraint provider penalises exactly these numbers, and the
 * engine's instant decider ranks agents with {@link #softScore}, so its pick agrees with the solver's.
 * Each term is unweighted; the weights of config/weights.json multiply them.
 */
public final class MatchTerms {
    /** One full unit of a term. */
    public static final long UNIT = 1000;

    /** Hold seconds beyond which the wait term stops growing (an unbounded hold is a hard break anyway). */
    private static final int WAIT_CAP_SECONDS = 3600;
    /** Idle time at which the idle half of the fairness term has halved. */
    private static final double IDLE_HALVING_SECONDS = 60;

    private MatchTerms() {
    }

    private static long milli(double value) {
        return Math.round(value * UNIT);
    }

    /**
     * How urgent a waiting call is, in milli-units (at least 1000):
     * <pre>
     * r       = waitSeconds / product service-level threshold seconds
     * risk    = r^2 / (1 + r^2)             abandonment risk: low early, 0.5 at the threshold, towards 1 after
     * urgency = (1 + priority) * (1 + careNeed) * (1 + r + risk)
     * </pre>
     * Priority multiplies because a priority call outranks any normal one; care need up to doubles it
     * because a distressed caller hurts more per second waiting; wait is measured against the product's
     * own threshold so a 20-second FRAUD line and a 60-second GENERAL line age at their own pace.
     */
    public static long urgency(int priority, double careNeed, long waitSeconds, int thresholdSeconds) {
        double r = Math.max(0, waitSeconds) / (double) Math.max(1, thresholdSeconds);
        double risk = r * r / (1 + r * r);
        return milli((1 + Math.max(0, priority)) * (1 + careNeed) * (1 + r + risk));
    }

    /**
     * Unserved call (MEDIUM): an unassigned call costs its urgency. Because every call costs at least
     * 1000 and assignments form a matroid (each call needs one slot of one eligible agent), the best
     * medium score serves as many calls as agents allow and, among those, the most urgent.
     */
    public static long unservedCall(long urgency) {
        return urgency;
    }

    /** Empathy for distress: {@code careNeed * (1 - empathy)}; an anxious caller with a cold agent costs most. */
    public static long empathyForDistress(double careNeed, double empathy) {
        return milli(careNeed * (1 - empathy));
    }

    /**
     * Proficiency for stakes: {@code stakes * Proficiency.shortfall(proficiency)}, 0 for a level-5 agent,
     * full stakes for a level-1 agent: a six-figure rollover goes to the best rollover agent there is.
     */
    public static long proficiencyForStakes(double stakes, int proficiency) {
        return milli(stakes * Proficiency.shortfall(Math.max(Proficiency.MIN, Math.min(Proficiency.MAX, proficiency))));
    }

    /**
     * Wait time: {@code urgency * secondsUntilFree} for a call planned to an agent who is not free yet
     * (0 for an agent free now). This is the bullseye: holding a high-care call for a much better agent
     * pays while the better match outweighs urgency per second of hold; as the call waits its urgency
     * grows, so the hold it can afford shrinks, and the policy's hold limit bounds it in any case.
     */
    public static long waitTime(long urgency, int secondsUntilFree) {
        return urgency * Math.min(WAIT_CAP_SECONDS, Math.max(0, secondsUntilFree));
    }

    /**
     * Agent emotional load: {@code decayedLoad * distress}. An agent who just had two distressed callers
     * should not get a third distressed caller; a calm caller costs them little.
     */
    public static long emotionalLoad(double agentLoad, double callDistress) {
        return milli(Math.max(0, agentLoad) * callDistress);
    }

    /**
     * Agent fairness: {@code 0.5 * occupancy + 0.5 * 60 / (60 + idleSeconds)}: the longest-idle, least
     * occupied agent costs least, so among equal matches work is spread as a longest-idle ACD would.
     */
    public static long agentFairness(long idleSeconds, double occupancy) {
        return milli(0.5 * occupancy + 0.5 * IDLE_HALVING_SECONDS / (IDLE_HALVING_SECONDS + Math.max(0, idleSeconds)));
    }

    /** Customer continuity (a REWARD): 1000 when the agent is the one who last served this customer. */
    public static long customerContinuity(String lastAgentId, String agentId) {
        return lastAgentId != null && lastAgentId.equals(agentId) ? UNIT : 0;
    }

    /**
     * Scarce skills: the highest {@link SkillPressure} among the agent's skills other than the one the
     * call needs; using the only fraud specialist for a general call while fraud calls wait costs 1000.
     */
    public static long scarceSkills(double otherSkillPressure) {
        return milli(Math.max(0, Math.min(1, otherSkillPressure)));
    }

    /** Care need from which a caller is "high care" (as {@code CareNeed.describe} words it). */
    public static final double HIGH_CARE = 0.7;

    /**
     * Empathy reserve: {@code agentReserve} (empathy excess x expected high-care arrivals the agent could
     * take, see {@link EmpathyReserve}) when a call below {@link #HIGH_CARE} that has waited less than its
     * product's service-level threshold would take the agent; 0 otherwise. Giving the centre's most
     * empathetic agent to a routine call costs the anxious caller likely to ring next; once the routine
     * caller reaches its own target it is waived, so nobody waits beyond target for it.
     */
    public static long empathyReserve(double careNeed, long waitSeconds, int thresholdSeconds, double agentReserve) {
        return chargesReserve(careNeed, waitSeconds, thresholdSeconds) ? milli(Math.max(0, agentReserve)) : 0;
    }

    /** Whether a call is charged the empathy reserve of the agent it takes: routine, and not yet at its target. */
    public static boolean chargesReserve(double careNeed, long waitSeconds, int thresholdSeconds) {
        return careNeed < HIGH_CARE && waitSeconds < thresholdSeconds;
    }

    // ---- the same terms over one call's and one agent's facts, as the decider and the constraints use them ----

    public static long empathyForDistress(CallFacts call, AgentFacts agent) {
        return empathyForDistress(call.careNeed().value(), agent.empathy());
    }

    public static long proficiencyForStakes(CallFacts call, AgentFacts agent) {
        return proficiencyForStakes(call.careNeed().stakes(), agent.profile().proficiency(call.requiredSkill()));
    }

    public static long waitTime(CallFacts call, AgentFacts agent) {
        return waitTime(call.urgency(), agent.secondsUntilFree());
    }

    public static long emotionalLoad(CallFacts call, AgentFacts agent) {
        return emotionalLoad(agent.emotionalLoad(), call.careNeed().distress());
    }

    public static long agentFairness(AgentFacts agent) {
        return agentFairness(agent.idleSeconds(), agent.occupancy());
    }

    public static long customerContinuity(CallFacts call, AgentFacts agent) {
        return customerContinuity(call.call().lastAgentId(), agent.id());
    }

    public static long scarceSkills(CallFacts call, AgentFacts agent) {
        return scarceSkills(agent.otherSkillPressure(call.requiredSkill()));
    }

    public static long empathyReserve(CallFacts call, AgentFacts agent) {
        return empathyReserve(call, agent.reserve());
    }

    /** The empathy reserve term for this call of an agent whose reserve value is {@code agentReserve}. */
    public static long empathyReserve(CallFacts call, double agentReserve) {
        return empathyReserve(call.careNeed().value(), call.waitSeconds(),
                call.product().serviceLevel().thresholdSeconds(), agentReserve);
    }

    /** Whether the call would be charged for taking an agent with an empathy reserve (see {@link #empathyReserve}). */
    public static boolean chargesReserve(CallFacts call) {
        return chargesReserve(call.careNeed().value(), call.waitSeconds(),
                call.product().serviceLevel().thresholdSeconds());
    }

    /**
     * The weighted soft score of serving this call with this agent (higher is better, usually negative):
     * exactly what the solver's soft constraints add for this assignment. The instant decider picks the
     * eligible agent with the highest value; ties go to the caller's choice of order.
     */
    public static long softScore(CallFacts call, AgentFacts agent, RoutingWeights weights) {
        return -weights.of(RoutingConstraint.EMPATHY_FOR_DISTRESS) * empathyForDistress(call, agent)
                - weights.of(RoutingConstraint.PROFICIENCY_FOR_STAKES) * proficiencyForStakes(call, agent)
                - weights.of(RoutingConstraint.WAIT_TIME) * waitTime(call, agent)
                - weights.of(RoutingConstraint.EMOTIONAL_LOAD) * emotionalLoad(call, agent)
                - weights.of(RoutingConstraint.AGENT_FAIRNESS) * agentFairness(agent)
                + weights.of(RoutingConstraint.CUSTOMER_CONTINUITY) * customerContinuity(call, agent)
                - weights.of(RoutingConstraint.SCARCE_SKILLS) * scarceSkills(call, agent)
                - weights.of(RoutingConstraint.EMPATHY_RESERVE) * empathyReserve(call, agent);
    }

    /**
     * The part of {@link #softScore} that depends only on the agent's profile (empathy, proficiency). Every
     * other term only costs, but for customer continuity, so for any agent who did not last serve this
     * customer it bounds the score from above: a decider can pass over an agent whose bound cannot beat the
     * agents it keeps without modelling them at all.
     */
    public static long profileScoreBound(CallFacts call, AgentProfile profile, RoutingWeights weights) {
        return profileScoreBound(call, profile.empathy(), profile.proficiency(call.requiredSkill()), weights);
    }

    /** {@link #profileScoreBound(CallFacts, AgentProfile, RoutingWeights)} of the profile's two figures. */
    public static long profileScoreBound(CallFacts call, double empathy, int proficiency, RoutingWeights weights) {
        return -weights.of(RoutingConstraint.EMPATHY_FOR_DISTRESS)
                * empathyForDistress(call.careNeed().value(), empathy)
                - weights.of(RoutingConstraint.PROFICIENCY_FOR_STAKES)
                * proficiencyForStakes(call.careNeed().stakes(), proficiency);
    }

    /** The weighted medium score of leaving this call unserved (negative). */
    public static long unservedScore(CallFacts call, RoutingWeights weights) {
        return -weights.of(RoutingConstraint.UNSERVED_CALL) * unservedCall(call.urgency());
    }
}
