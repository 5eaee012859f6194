package dev.attune.service.port;

import dev.attune.core.domain.AgentProfile;
import dev.attune.learning.LearnedProficiency;
import dev.attune.learning.ScoreSource;
import java.util.List;
import java.util.Map;

/**
 * Which proficiency levels route each pool, the configured levels kept beside them, the learned levels a switch
 * routed on, and the audited switches.
 */
public interface ProficiencyRecords {

    ScoreSource source(String poolId);

    /** The workforce managers' own levels per agent and skill, kept while learned or blended levels route. */
    Map<String, Map<String, Integer>> configured(String poolId);

    /**
     * Routes the pool on {@code source}: writes each agent's routed levels through the audited profile path,
     * stores the learned levels behind them and records the switch. Returns the profiles that changed, for the
     * caller to hand to the engine.
     */
    List<AgentProfile> route(String poolId, ScoreSource source, List<LearnedProficiency> levels, double blendWeight,
            ChangeNote note);

    /** The learned levels the pool's newest switch routed on (empty before the first). */
    List<LearnedProficiency> routedOn(String poolId);

    List<ScoreSourceChange> history(String poolId);
}
