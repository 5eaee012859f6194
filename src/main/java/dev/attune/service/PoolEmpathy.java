package dev.attune.service;

import dev.attune.learning.ScoreSource;
import dev.attune.learning.LearnedEmpathy;
import java.time.Instant;
import java.util.List;

/**
 * A pool's empathy scores: the source routing uses, what the fit over the window found, and per agent
 * the configured, learned (with interval and calls) and routed score.
 */
public record PoolEmpathy(String poolId, ScoreSource source, double blendWeight, Instant since, int calls,
        double effect, List<Agent> agents) {

    public record Agent(String agentId, double configured, double learned, double lower, double upper, int calls,
            double routed) {
        static Agent of(LearnedEmpathy score, double routed) {
            return new Agent(score.agentId(), score.configured(), score.learned(), score.lower(), score.upper(),
                    score.calls(), routed);
        }
    }
}
