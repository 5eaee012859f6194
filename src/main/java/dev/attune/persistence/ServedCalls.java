package dev.attune.persistence;

import dev.attune.service.port.ServedCallSource;
import dev.attune.core.domain.CallOutcome;
import dev.attune.core.domain.EmotionEstimate;
import dev.attune.learning.ServedCall;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * Served calls read back for learning: each call.ended joined with the accepted offer that put that
 * agent on the call, which holds how hard the call was at answer (care need, distress, stakes).
 * The call's product comes from its journalled arrival (call_segment); null for a call whose arrival the
 * journal did not see, which proficiency learning then leaves out.
 */
@ApplicationScoped
public class ServedCalls implements ServedCallSource {
    @Inject
    EntityManager entityManager;
    @Inject
    JsonColumns json;

    @Transactional
    public List<ServedCall> inPool(String poolId, Instant since) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select o.agent_id, d.care_need, d.stakes, d.distress, o.outcome, o.csat, cast(o.emotion_at_end as text),
                       s.product_code
                from call_outcome o
                join decision d on d.call_id = o.call_id and d.agent_id = o.agent_id and d.status = 'ACCEPTED'
                left join call_segment s on s.call_id = o.call_id
                where o.pool_id = :pool and o.ended_at >= :since and d.care_need is not null and d.stakes is not null
                order by o.ended_at""")
                .setParameter("pool", poolId).setParameter("since", since).getResultList();
        return rows.stream().map(this::served).toList();
    }

    private ServedCall served(Object[] row) {
        EmotionEstimate end = row[6] == null ? null : json.read((String) row[6], EmotionEstimate.class);
        return new ServedCall((String) row[0], (String) row[7], number(row[1]), number(row[2]), number(row[3]),
                CallOutcome.valueOf((String) row[4]), row[5] == null ? null : ((Number) row[5]).intValue(),
                end == null ? Double.NaN : end.rawDistress());
    }

    private static double number(Object value) {
        return value == null ? Double.NaN : ((Number) value).doubleValue();
    }
}
