package dev.attune.simulation.routing;

import dev.attune.simulation.day.SimulationJson;
import java.nio.file.Path;
import java.util.List;

/**
 * config/simulation/policies.json: the baselines' parameters and how the Attune engine is driven.
 *
 * @param priorityCreditSeconds how far ahead a high-priority caller jumps in the baselines' queues
 */
public record PolicySettings(String description, double priorityCreditSeconds, Bullseye bullseye, Attune attune) {

    public record Bullseye(List<BullseyeRouter.Ring> rings) {
    }

    /**
     * @param planMode             STEPPED (the Timefold plan solved inside tick(), step-bounded) or OFF (the
     *                             instant decider alone)
     * @param tickSeconds          how often, in simulated seconds, the engine's tick() runs while callers wait
     * @param ablationZeroWeights  constraints switched off (weight 0) in the "Attune without emotion" ablation
     */
    public record Attune(String planMode, double tickSeconds, List<String> ablationZeroWeights) {
    }

    public static PolicySettings read(Path file) {
        return SimulationJson.read(file, PolicySettings.class);
    }
}
