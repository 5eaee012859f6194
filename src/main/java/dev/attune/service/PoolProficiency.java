package dev.attune.service;

import dev.attune.learning.LearnedProficiency;
import dev.attune.learning.ScoreSource;
import java.time.Instant;
import java.util.List;

/**
 * A pool's proficiency levels: the source routing uses, what the fit over the window found, and per agent and
 * skill (with the catalogue's products that need it) the configured, learned (with interval and calls) and
 * routed level.
 */
public record PoolProficiency(String poolId, ScoreSource source, double blendWeight, Instant since, int calls,
        double effect, List<Level> levels) {

    public record Level(String agentId, String skill, List<String> products, int configured, double learned,
            double lower, double upper, int calls, int routed) {
        static Level of(LearnedProficiency level, List<String> products, int routed) {
            return new Level(level.agentId(), level.skill(), products, level.configured(), level.learned(),
                    level.lower(), level.upper(), level.calls(), routed);
        }
    }
}
