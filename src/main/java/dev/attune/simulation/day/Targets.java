package dev.attune.simulation.day;

import java.nio.file.Path;

/**
 * The targets a policy must reach against the reference (config/simulation/targets.json): the high-care
 * share at least this multiple of the reference's, ASA and abandonment at most this much worse, at least
 * this fraction of the hindsight ceiling, occupancy spread at most this much wider.
 */
public record Targets(String description, double highCareShareRatio, double asaIncreasePercent,
        double abandonmentIncreasePoints, double ceilingFraction, double occupancySpreadIncreasePoints) {

    public static Targets read(Path file) {
        return SimulationJson.read(file, Targets.class);
    }
}
