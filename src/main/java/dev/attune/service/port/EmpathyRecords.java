package dev.attune.service.port;

import dev.attune.core.domain.AgentProfile;
import dev.attune.learning.ScoreSource;
import dev.attune.learning.LearnedEmpathy;
import java.util.List;
import java.util.Map;

/** Which empathy scores route each pool, the configured scores kept beside them, and the audited switches. */
public interface EmpathyRecords {

    ScoreSource source(String poolId);

    /** The workforce managers' own scores per agent, kept while learned or blended scores route. */
    Map<String, Double> configured(String poolId);

    /**
     * Routes the pool on {@code source}: writes each agent's routed score through the audited profile path
     * and records the switch. Returns the profiles whose score changed, for the caller to hand to the engine.
     */
    List<AgentProfile> route(String poolId, ScoreSource source, Map<String, LearnedEmpathy> scores,
            double blendWeight, ChangeNote note);

    List<ScoreSourceChange> history(String poolId);
}
