package dev.attune.simulation.learning;

import dev.attune.simulation.day.SimulationJson;
import java.nio.file.Path;

/**
 * The month the empathy-learning check simulates (config/simulation/learning-month.json): how many
 * agents and calls, how far the configured (QA) scores and the analytics' distress readings sit from
 * the truth, and how busy the floor is (calls arriving together, free agents to choose from).
 */
public record LearningMonth(
        String description,
        int agents,
        int days,
        int callsPerDay,
        double trueEmpathyMean,
        double trueEmpathySd,
        double qaNoiseSd,
        double estimateNoiseSd,
        double csatShare,
        double vulnerableShare,
        double vulnerabilityBoost,
        double distressConcentration,
        double minutesWaited,
        int proficiency,
        int maxCallsAtOnce,
        int maxExtraFreeAgents) {

    public static LearningMonth read(Path file) {
        return SimulationJson.read(file, LearningMonth.class);
    }
}
