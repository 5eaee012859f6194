package dev.attune.persistence;

import dev.attune.service.port.EmpathyRecords;
import dev.attune.service.port.ScoreSourceChange;
import dev.attune.service.port.ChangeNote;
import dev.attune.core.domain.AgentProfile;
import dev.attune.learning.ScoreSource;
import dev.attune.learning.LearnedEmpathy;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The empathy scores a pool routes on. agent.empathy always holds the score routing uses, so the engine
 * and every other reader need nothing new; while a pool routes on learned or blended scores the configured
 * (QA) score waits in configured_empathy. Every score written goes through {@link RosterRepository#update},
 * so it is an agent_change row with who, when, why, before and after, like any manager's edit.
 */
@ApplicationScoped
public class EmpathyScores implements EmpathyRecords {
    @Inject
    RosterRepository roster;

    @Transactional
    public ScoreSource source(String poolId) {
        EmpathySourceEntity row = EmpathySourceEntity.findById(poolId);
        return row == null ? ScoreSource.CONFIGURED : row.source;
    }

    /**
     * Each agent's configured score: agent.empathy for a pool on configured scores; otherwise the kept
     * score, unless a manager edited agent.empathy since the last routed score was written (that edit wins).
     */
    @Transactional
    public Map<String, Double> configured(String poolId) {
        Map<String, Double> configured = new LinkedHashMap<>();
        for (AgentProfile agent : roster.inPool(poolId)) {
            ConfiguredEmpathyEntity kept = ConfiguredEmpathyEntity.findById(agent.id());
            boolean editedSince = kept == null || kept.routed != agent.empathy();
            configured.put(agent.id(), editedSince ? agent.empathy() : kept.empathy);
        }
        return configured;
    }

    /**
     * Makes a pool route on {@code source}: writes each agent's routed score (audited) and records the
     * switch. Returns the profiles whose score changed, for the caller to hand to the engine.
     */
    @Transactional
    public List<AgentProfile> route(String poolId, ScoreSource source, Map<String, LearnedEmpathy> scores,
            double blendWeight, ChangeNote note) {
        ScoreSource before = source(poolId);
        Map<String, Double> configured = configured(poolId);
        List<AgentProfile> changed = new ArrayList<>();
        for (AgentProfile agent : roster.inPool(poolId)) {
            LearnedEmpathy score = scores.get(agent.id());
            double routed = score == null ? configured.get(agent.id()) : score.routed(source, blendWeight);
            keep(agent.id(), source, configured.get(agent.id()), routed);
            if (routed != agent.empathy()) {
                AgentProfile after = new AgentProfile(agent.id(), agent.poolId(), agent.displayName(), agent.skills(),
                        agent.languages(), agent.licences(), routed, agent.capacity());
                roster.update(after, new ChangeNote(note.by(), why(source, score), note.at()));
                changed.add(after);
            }
        }
        record(poolId, before, source, changed.size(), note);
        return changed;
    }

    @Transactional
    public List<ScoreSourceChange> history(String poolId) {
        return EmpathySourceChangeEntity.<EmpathySourceChangeEntity>list("poolId", Sort.by("id"), poolId).stream()
                .map(r -> new ScoreSourceChange(r.id, r.poolId, r.changedBy, r.changedAt, r.reason, r.before, r.after,
                        r.agents))
                .toList();
    }

    private static void keep(String agentId, ScoreSource source, double configured, double routed) {
        ConfiguredEmpathyEntity kept = ConfiguredEmpathyEntity.findById(agentId);
        if (source == ScoreSource.CONFIGURED) {
            if (kept != null) {
                kept.delete();
            }
            return;
        }
        if (kept == null) {
            kept = new ConfiguredEmpathyEntity();
            kept.agentId = agentId;
            kept.empathy = configured;
            kept.routed = routed;
            kept.persist();
        } else {
            kept.empathy = configured;
            kept.routed = routed;
        }
    }

    private static void record(String poolId, ScoreSource before, ScoreSource after, int agents, ChangeNote note) {
        EmpathySourceEntity current = EmpathySourceEntity.findById(poolId);
        if (current == null) {
            current = new EmpathySourceEntity();
            current.poolId = poolId;
            current.source = after;
            current.changedBy = note.by();
            current.changedAt = note.at();
            current.persist();
        } else {
            current.source = after;
            current.changedBy = note.by();
            current.changedAt = note.at();
        }
        EmpathySourceChangeEntity change = new EmpathySourceChangeEntity();
        change.poolId = poolId;
        change.changedBy = note.by();
        change.changedAt = note.at();
        change.reason = note.reason();
        change.before = before;
        change.after = after;
        change.agents = agents;
        change.persist();
    }

    private static String why(ScoreSource source, LearnedEmpathy score) {
        if (score == null || source == ScoreSource.CONFIGURED) {
            return "empathy source " + source + ": the configured score";
        }
        return String.format(Locale.ROOT, "empathy source %s: configured %.2f, learned %.3f [%.3f, %.3f] from %d calls",
                source, score.configured(), score.learned(), score.lower(), score.upper(), score.calls());
    }
}
