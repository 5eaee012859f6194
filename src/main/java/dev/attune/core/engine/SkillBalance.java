package dev.attune.core.engine;

import dev.attune.core.domain.AgentProfile;
import dev.attune.core.scoring.SkillPressure;
import java.util.HashMap;
import java.util.Map;

/**
 * Waiting calls per required skill (kept by the {@link CallBook}) against agents at work per skill (kept
 * by the {@link AgentBoard}), and the {@link SkillPressure} they give, computed again only after a change.
 */
final class SkillBalance {
    private final Map<String, Integer> demand = new HashMap<>();
    private final Map<String, Integer> supply = new HashMap<>();
    private SkillPressure pressure;

    SkillPressure pressure() {
        if (pressure == null) {
            pressure = SkillPressure.of(demand, supply);
        }
        return pressure;
    }

    void addDemand(String skill) {
        demand.merge(skill, 1, Integer::sum);
        pressure = null;
    }

    void removeDemand(String skill) {
        demand.computeIfPresent(skill, (k, v) -> v <= 1 ? null : v - 1);
        pressure = null;
    }

    void clearDemand() {
        demand.clear();
        pressure = null;
    }

    void addSupply(AgentProfile profile) {
        profile.skills().keySet().forEach(skill -> supply.merge(skill, 1, Integer::sum));
        pressure = null;
    }

    void removeSupply(AgentProfile profile) {
        profile.skills().keySet().forEach(skill -> supply.computeIfPresent(skill, (k, v) -> v <= 1 ? null : v - 1));
        pressure = null;
    }
}
