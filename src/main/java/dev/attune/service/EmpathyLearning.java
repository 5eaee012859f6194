package dev.attune.service;

import dev.attune.core.domain.AgentProfile;
import dev.attune.core.engine.event.AgentProfileChanged;
import dev.attune.learning.EmpathyModel;
import dev.attune.learning.ScoreSource;
import dev.attune.learning.LearnedEmpathy;
import dev.attune.service.port.ChangeNote;
import dev.attune.service.port.EmpathyRecords;
import dev.attune.service.port.ScoreSourceChange;
import dev.attune.service.port.Roster;
import dev.attune.service.port.ServedCallSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Empathy learned from the outcome journal, and the per-pool choice of which scores route. A switch
 * writes every routed score through the audited profile path and hands the changed profiles to the
 * engine as AgentProfileChanged, exactly as a manager's edit would; choosing the same source again refits
 * and rewrites the scores from the newest outcomes.
 */
@ApplicationScoped
public class EmpathyLearning {
    @Inject
    LearningConfig config;
    @Inject
    ServedCallSource served;
    @Inject
    EmpathyRecords scores;
    @Inject
    Roster roster;
    @Inject
    Event<AgentProfileChanged> profileChanges;

    public PoolEmpathy pool(String poolId) {
        Instant since = Instant.now().minus(config.window());
        EmpathyModel.Fit fit = fit(poolId, since);
        ScoreSource source = scores.source(poolId);
        List<PoolEmpathy.Agent> agents = fit.agents().values().stream()
                .map(s -> PoolEmpathy.Agent.of(s, s.routed(source, config.blendWeight()))).toList();
        return new PoolEmpathy(poolId, source, config.blendWeight(), since, fit.calls(), fit.effect(), agents);
    }

    public PoolEmpathy choose(String poolId, ScoreSource source, ChangeNote note) {
        Map<String, LearnedEmpathy> learned = fit(poolId, Instant.now().minus(config.window())).agents();
        List<AgentProfile> changed = scores.route(poolId, source, learned, config.blendWeight(), note);
        changed.forEach(profile -> profileChanges.fire(new AgentProfileChanged(profile, note.at())));
        return pool(poolId);
    }

    public List<ScoreSourceChange> history(String poolId) {
        return scores.history(poolId);
    }

    private EmpathyModel.Fit fit(String poolId, Instant since) {
        return new EmpathyModel(config.settings()).fit(served.inPool(poolId, since), scores.configured(poolId));
    }

    /** True when the pool has agents; the other methods expect one that has. */
    public boolean hasPool(String poolId) {
        return roster.pools().contains(poolId);
    }
}
