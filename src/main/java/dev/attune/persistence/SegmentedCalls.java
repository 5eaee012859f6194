package dev.attune.persistence;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.attune.core.domain.BenchmarkArm;
import dev.attune.core.domain.CallOutcome;
import dev.attune.learning.fairness.SegmentedCall;
import dev.attune.service.port.SegmentedCallSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Calls read back for the fairness audit and the benchmark: each journalled arrival with its first accepted
 * offer (the answer), the answering agent's part of the outcome, and whether that agent is in the pool's top
 * quartile of empathy and of proficiency in the product's skill. The quartiles are of today's roster and
 * scores, not of the day of the call.
 */
@ApplicationScoped
public class SegmentedCalls implements SegmentedCallSource {
    private static final TypeReference<Map<String, String>> ATTRIBUTES = new TypeReference<>() {
    };
    private static final String QUERY = """
            with answer as (
                select distinct on (d.call_id) d.call_id, d.agent_id, d.status_at, d.care_need
                from decision d join call_segment s on s.call_id = d.call_id
                where d.status = 'ACCEPTED' and s.arrived_at >= :from and s.arrived_at < :to
                order by d.call_id, d.status_at),
            empathy as (
                select pool_id, percentile_cont(0.75) within group (order by empathy) as top
                from agent where active group by pool_id),
            proficiency as (
                select g.pool_id, k.skill, percentile_cont(0.75) within group (order by k.proficiency) as top
                from agent_skill k join agent g on g.id = k.agent_id where g.active group by g.pool_id, k.skill)
            select s.pool_id, s.product_code, s.language, s.priority, s.vulnerable, cast(s.attributes as text), s.arm,
                   s.abandoned_at is not null and a.call_id is null,
                   extract(epoch from (a.status_at - s.arrived_at)),
                   p.service_level_threshold_seconds,
                   g.empathy >= e.top, k.proficiency >= f.top, a.care_need, g.empathy, o.outcome, o.csat
            from call_segment s
            left join answer a on a.call_id = s.call_id
            left join product p on p.code = s.product_code
            left join agent g on g.id = a.agent_id
            left join empathy e on e.pool_id = s.pool_id
            left join agent_skill k on k.agent_id = a.agent_id and k.skill = p.required_skill
            left join proficiency f on f.pool_id = s.pool_id and f.skill = p.required_skill
            left join call_outcome o on o.call_id = s.call_id and o.agent_id = a.agent_id
            where s.arrived_at >= :from and s.arrived_at < :to and (:pool = '' or s.pool_id = :pool)
            order by s.arrived_at""";

    @Inject
    EntityManager entityManager;
    @Inject
    JsonColumns json;

    @Override
    @Transactional
    public List<SegmentedCall> arrivedBetween(Instant from, Instant to, String poolId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(QUERY).setParameter("from", from).setParameter("to", to)
                .setParameter("pool", poolId == null ? "" : poolId).getResultList();
        return rows.stream().map(this::call).toList();
    }

    private SegmentedCall call(Object[] row) {
        double wait = row[8] == null ? Double.NaN : ((Number) row[8]).doubleValue();
        boolean withinServiceLevel = row[9] != null && wait <= ((Number) row[9]).doubleValue();
        return new SegmentedCall((String) row[0], (String) row[1], (String) row[2], ((Number) row[3]).intValue(),
                (Boolean) row[4], json.read((String) row[5], ATTRIBUTES), BenchmarkArm.valueOf((String) row[6]),
                Boolean.TRUE.equals(row[7]), wait, withinServiceLevel, Boolean.TRUE.equals(row[10]),
                Boolean.TRUE.equals(row[11]), number(row[12]), number(row[13]),
                row[14] == null ? null : CallOutcome.valueOf((String) row[14]),
                row[15] == null ? null : ((Number) row[15]).intValue());
    }

    private static double number(Object value) {
        return value == null ? Double.NaN : ((Number) value).doubleValue();
    }
}
