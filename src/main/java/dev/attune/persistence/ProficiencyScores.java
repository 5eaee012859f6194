package dev.attune.persistence;

import dev.attune.core.domain.AgentProfile;
import dev.attune.learning.LearnedProficiency;
import dev.attune.learning.ScoreSource;
import dev.attune.service.port.ChangeNote;
import dev.attune.service.port.ProficiencyRecords;
import dev.attune.service.port.ScoreSourceChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The proficiency levels a pool routes on. agent.skills always holds the levels routing uses, so the engine needs
 * nothing new; while a pool routes on learned or blended levels the configured levels wait in configured_skill and
 * the learned levels behind the routed ones (with interval and calls) in learned_proficiency. Every level written
 * goes through {@link RosterRepository#update}: an agent_change row with who, when, why, before and after.
 */
@ApplicationScoped
public class ProficiencyScores implements ProficiencyRecords {
    @Inject
    RosterRepository roster;
    @Inject
    EntityManager entityManager;

    @Transactional
    public ScoreSource source(String poolId) {
        List<?> rows = entityManager.createNativeQuery("select source from proficiency_source where pool_id = :pool")
                .setParameter("pool", poolId).getResultList();
        return rows.isEmpty() ? ScoreSource.CONFIGURED : ScoreSource.valueOf((String) rows.get(0));
    }

    /**
     * Each agent's configured levels: agent.skills for a pool on configured levels; otherwise the kept level,
     * unless a manager edited the skill since the last routed level was written (that edit wins).
     */
    @Transactional
    public Map<String, Map<String, Integer>> configured(String poolId) {
        Map<String, int[]> kept = new HashMap<>();
        for (Object[] row : rows("""
                select k.agent_id, k.skill, k.level, k.routed from configured_skill k join agent a on a.id = k.agent_id
                where a.pool_id = :pool""", poolId)) {
            kept.put(row[0] + "/" + row[1], new int[] {((Number) row[2]).intValue(), ((Number) row[3]).intValue()});
        }
        Map<String, Map<String, Integer>> configured = new LinkedHashMap<>();
        for (AgentProfile agent : roster.inPool(poolId)) {
            Map<String, Integer> levels = new LinkedHashMap<>();
            agent.skills().forEach((skill, level) -> {
                int[] k = kept.get(agent.id() + "/" + skill);
                levels.put(skill, k == null || k[1] != level ? level : k[0]);
            });
            configured.put(agent.id(), levels);
        }
        return configured;
    }

    @Transactional
    public List<AgentProfile> route(String poolId, ScoreSource source, List<LearnedProficiency> levels,
            double blendWeight, ChangeNote note) {
        ScoreSource before = source(poolId);
        Map<String, Map<String, Integer>> configured = configured(poolId);
        Map<String, LearnedProficiency> learned = levels.stream()
                .collect(Collectors.toMap(l -> l.agentId() + "/" + l.skill(), l -> l, (a, b) -> a));
        List<AgentProfile> changed = new ArrayList<>();
        for (AgentProfile agent : roster.inPool(poolId)) {
            Map<String, Integer> skills = new LinkedHashMap<>();
            List<String> why = new ArrayList<>();
            configured.get(agent.id()).forEach((skill, level) -> {
                LearnedProficiency score = learned.get(agent.id() + "/" + skill);
                int routed = score == null ? level : score.routed(source, blendWeight);
                skills.put(skill, routed);
                keep(agent.id(), skill, source, level, routed);
                if (score != null) {
                    store(score, routed, source, note.at());
                    if (routed != agent.proficiency(skill)) {
                        why.add(String.format(Locale.ROOT, "%s %d -> %d (configured %d, learned %.2f [%.2f, %.2f] from %d calls)",
                                skill, agent.proficiency(skill), routed, level, score.learned(), score.lower(),
                                score.upper(), score.calls()));
                    }
                }
            });
            if (!skills.equals(agent.skills())) {
                AgentProfile after = new AgentProfile(agent.id(), agent.poolId(), agent.displayName(), skills,
                        agent.languages(), agent.licences(), agent.empathy(), agent.capacity());
                String reason = "proficiency source " + source + ": "
                        + (why.isEmpty() ? "the configured levels" : String.join("; ", why));
                roster.update(after, new ChangeNote(note.by(), reason, note.at()));
                changed.add(after);
            }
        }
        record(poolId, before, source, changed.size(), note);
        return changed;
    }

    @Transactional
    public List<LearnedProficiency> routedOn(String poolId) {
        return rows("""
                select l.agent_id, l.skill, l.configured, l.learned, l.lower, l.upper, l.calls from learned_proficiency l
                join agent a on a.id = l.agent_id where a.pool_id = :pool order by l.agent_id, l.skill""", poolId)
                .stream().map(r -> new LearnedProficiency((String) r[0], (String) r[1], ((Number) r[2]).intValue(),
                        ((Number) r[3]).doubleValue(), ((Number) r[4]).doubleValue(), ((Number) r[5]).doubleValue(),
                        ((Number) r[6]).intValue()))
                .toList();
    }

    @Transactional
    public List<ScoreSourceChange> history(String poolId) {
        return rows("""
                select id, pool_id, changed_by, changed_at, reason, before, after, agents from proficiency_source_change
                where pool_id = :pool order by id""", poolId).stream()
                .map(r -> new ScoreSourceChange(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                        instant(r[3]), (String) r[4], ScoreSource.valueOf((String) r[5]),
                        ScoreSource.valueOf((String) r[6]), ((Number) r[7]).intValue()))
                .toList();
    }

    private void keep(String agentId, String skill, ScoreSource source, int level, int routed) {
        if (source == ScoreSource.CONFIGURED) {
            entityManager.createNativeQuery("delete from configured_skill where agent_id = :agent and skill = :skill")
                    .setParameter("agent", agentId).setParameter("skill", skill).executeUpdate();
            return;
        }
        entityManager.createNativeQuery("""
                insert into configured_skill (agent_id, skill, level, routed) values (:agent, :skill, :level, :routed)
                on conflict (agent_id, skill) do update set level = excluded.level, routed = excluded.routed""")
                .setParameter("agent", agentId).setParameter("skill", skill).setParameter("level", level)
                .setParameter("routed", routed).executeUpdate();
    }

    private void store(LearnedProficiency score, int routed, ScoreSource source, Instant at) {
        entityManager.createNativeQuery("""
                insert into learned_proficiency (agent_id, skill, configured, learned, lower, upper, calls, routed, source, fitted_at)
                values (:agent, :skill, :configured, :learned, :lower, :upper, :calls, :routed, :source, :at)
                on conflict (agent_id, skill) do update set configured = excluded.configured, learned = excluded.learned,
                lower = excluded.lower, upper = excluded.upper, calls = excluded.calls, routed = excluded.routed,
                source = excluded.source, fitted_at = excluded.fitted_at""")
                .setParameter("agent", score.agentId()).setParameter("skill", score.skill())
                .setParameter("configured", score.configured()).setParameter("learned", score.learned())
                .setParameter("lower", score.lower()).setParameter("upper", score.upper())
                .setParameter("calls", score.calls()).setParameter("routed", routed)
                .setParameter("source", source.name()).setParameter("at", Timestamp.from(at)).executeUpdate();
    }

    private void record(String poolId, ScoreSource before, ScoreSource after, int agents, ChangeNote note) {
        entityManager.createNativeQuery("""
                insert into proficiency_source (pool_id, source, changed_by, changed_at) values (:pool, :source, :by, :at)
                on conflict (pool_id) do update set source = excluded.source, changed_by = excluded.changed_by,
                changed_at = excluded.changed_at""")
                .setParameter("pool", poolId).setParameter("source", after.name()).setParameter("by", note.by())
                .setParameter("at", Timestamp.from(note.at())).executeUpdate();
        entityManager.createNativeQuery("""
                insert into proficiency_source_change (pool_id, changed_by, changed_at, reason, before, after, agents)
                values (:pool, :by, :at, :reason, :before, :after, :agents)""")
                .setParameter("pool", poolId).setParameter("by", note.by()).setParameter("at", Timestamp.from(note.at()))
                .setParameter("reason", note.reason()).setParameter("before", before.name())
                .setParameter("after", after.name()).setParameter("agents", agents).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, String poolId) {
        return entityManager.createNativeQuery(sql).setParameter("pool", poolId).getResultList();
    }

    private static Instant instant(Object value) {
        return value instanceof Timestamp t ? t.toInstant() : value instanceof Instant i ? i
                : ((java.time.OffsetDateTime) value).toInstant();
    }
}
