package dev.attune.persistence;

import dev.attune.learning.JournalledCall;
import dev.attune.service.port.JournalledCallSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * The journal's calls of a period read back for the what-if's replay: each arrival (call_segment) with its
 * first accepted offer (decision: agent, time, distress) and that agent's end of the call (call_outcome).
 */
@ApplicationScoped
public class JournalledCalls implements JournalledCallSource {
    private static final String QUERY = """
            with answer as (
                select distinct on (d.call_id) d.call_id, d.agent_id, d.status_at, d.distress
                from decision d join call_segment s on s.call_id = d.call_id
                where d.status = 'ACCEPTED' and s.arrived_at >= :from and s.arrived_at < :to
                order by d.call_id, d.status_at)
            select s.call_id, s.pool_id, s.product_code, s.language, s.priority, s.vulnerable,
                   extract(epoch from s.arrived_at), a.agent_id, s.abandoned_at is not null and a.call_id is null,
                   extract(epoch from (coalesce(a.status_at, s.abandoned_at) - s.arrived_at)),
                   extract(epoch from (o.ended_at - a.status_at)), a.distress
            from call_segment s
            left join answer a on a.call_id = s.call_id
            left join call_outcome o on o.call_id = s.call_id and o.agent_id = a.agent_id
            where s.arrived_at >= :from and s.arrived_at < :to and (:pool = '' or s.pool_id = :pool)
            order by s.arrived_at, s.call_id
            limit :limit""";

    @Inject
    EntityManager entityManager;

    @Override
    @Transactional
    public List<JournalledCall> arrivedBetween(Instant from, Instant to, String poolId, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(QUERY).setParameter("from", from).setParameter("to", to)
                .setParameter("pool", poolId == null ? "" : poolId).setParameter("limit", limit).getResultList();
        return rows.stream().map(JournalledCalls::call).toList();
    }

    private static JournalledCall call(Object[] row) {
        double arrived = number(row[6]);
        return new JournalledCall((String) row[0], (String) row[1], (String) row[2], (String) row[3],
                ((Number) row[4]).intValue(), (Boolean) row[5],
                Instant.ofEpochSecond((long) Math.floor(arrived), Math.round((arrived - Math.floor(arrived)) * 1e9)),
                (String) row[7], Boolean.TRUE.equals(row[8]), number(row[9]), number(row[10]), number(row[11]));
    }

    private static double number(Object value) {
        return value == null ? Double.NaN : ((Number) value).doubleValue();
    }
}
