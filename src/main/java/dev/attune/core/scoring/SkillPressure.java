package dev.attune.core.scoring;

import dev.attune.core.domain.Agent;
import dev.attune.core.domain.AgentProfile;
import dev.attune.core.domain.AgentState;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How short each skill is right now: waiting demand over the agents at work who have it.
 * <pre>
 * pressure(skill) = min(1, waitingCallsNeeding(skill) / max(1, agentsAtWorkWith(skill)))
 * </pre>
 * A skill nobody is waiting for has pressure 0; a skill with as many waiting calls as agents has 1.
 * The scarce-skills constraint charges an agent's highest pressure among the skills the call does
 * NOT need, so a rare Spanish-speaking fraud specialist is kept for the fraud queue when it is busy.
 */
public final class SkillPressure {
    private static final SkillPressure NONE = new SkillPressure(Map.of());

    private final Map<String, Double> bySkill;
    /**
     * The skills under pressure (above 0), highest first: an agent's top two are found by walking the few
     * skills calls are waiting for, not every skill of every candidate agent, on the decider's hot path.
     */
    private final String[] pressedSkills;
    private final double[] pressures;

    private SkillPressure(Map<String, Double> bySkill) {
        this.bySkill = bySkill;
        List<Map.Entry<String, Double>> pressed = bySkill.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .toList();
        this.pressedSkills = new String[pressed.size()];
        this.pressures = new double[pressed.size()];
        for (int i = 0; i < pressed.size(); i++) {
            pressedSkills[i] = pressed.get(i).getKey();
            pressures[i] = pressed.get(i).getValue();
        }
    }

    public static SkillPressure none() {
        return NONE;
    }

    /**
     * @param waitingDemand waiting calls per required skill
     * @param agents        every agent of the pool; only agents at work (not LOGGED_OUT or AWAY) count as supply
     */
    public static SkillPressure of(Map<String, Integer> waitingDemand, Collection<Agent> agents) {
        Map<String, Integer> supply = new HashMap<>();
        for (Agent agent : agents) {
            if (agent.state() == AgentState.LOGGED_OUT || agent.state() == AgentState.AWAY) {
                continue;
            }
            for (String skill : agent.profile().skills().keySet()) {
                if (waitingDemand.containsKey(skill)) {
                    supply.merge(skill, 1, Integer::sum);
                }
            }
        }
        Map<String, Double> pressure = new HashMap<>();
        waitingDemand.forEach((skill, demand) -> pressure.put(skill,
                Math.min(1.0, demand / (double) Math.max(1, supply.getOrDefault(skill, 0)))));
        return new SkillPressure(pressure);
    }

    /**
     * The same pressure from counts the caller keeps up to date (agents at work per skill), so a live
     * engine need not walk every agent on every change.
     */
    public static SkillPressure of(Map<String, Integer> waitingDemand, Map<String, Integer> agentsAtWorkBySkill) {
        Map<String, Double> pressure = new HashMap<>();
        waitingDemand.forEach((skill, demand) -> pressure.put(skill,
                Math.min(1.0, demand / (double) Math.max(1, agentsAtWorkBySkill.getOrDefault(skill, 0)))));
        return new SkillPressure(pressure);
    }

    public double of(String skill) {
        return bySkill.getOrDefault(skill, 0.0);
    }

    /**
     * The two highest pressures among the agent's skills, so "highest other than X" is one comparison.
     * The scarcest skill is null when none of the agent's skills is under pressure (both pressures are 0).
     */
    Top top(AgentProfile profile) {
        String scarcest = null;
        double first = 0;
        for (int i = 0; i < pressedSkills.length; i++) {
            if (profile.skills().containsKey(pressedSkills[i])) {
                if (scarcest != null) {
                    return new Top(scarcest, first, pressures[i]);
                }
                scarcest = pressedSkills[i];
                first = pressures[i];
            }
        }
        return scarcest == null ? Top.NONE : new Top(scarcest, first, 0);
    }

    record Top(String scarcestSkill, double first, double second) {
        static final Top NONE = new Top(null, 0, 0);
    }
}
