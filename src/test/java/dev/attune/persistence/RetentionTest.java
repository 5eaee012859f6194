package dev.attune.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The purge deletes exactly the journal rows past their period (decisions 90 days, outcomes 90 days, change
 * history 7 years by default) and leaves every other row of every table as it was, including the weight set
 * in force however old it is.
 */
@QuarkusTest
class RetentionTest {
    private static final Set<String> PURGED = Set.of("decision", "early_answer", "call_outcome", "agent_change",
            "weight_change", "empathy_source_change", "call_segment", "control_arm_change", "product_change",
            "routing_notice");
    private final String id = "ret-" + UUID.randomUUID().toString().substring(0, 8);
    private final Instant now = Instant.now();

    @Inject
    Retention retention;
    @Inject
    EntityManager entityManager;

    @Test
    void purgesOnlyWhatOutlivedItsPeriod() {
        Instant oldDecision = now.minus(Duration.ofDays(91));
        Instant oldChange = now.minus(Duration.ofDays(2556));
        Instant recent = now.minus(Duration.ofDays(1));
        sql("insert into agent (id, pool_id, display_name, empathy, capacity, created_at, updated_at)"
                + " values (?1, ?2, 'Retention Test', 0.5, 1, ?3, ?3)", id, id, oldChange);
        for (String age : List.of("old", "new")) {
            Instant decided = age.equals("old") ? oldDecision : recent;
            Instant changed = age.equals("old") ? oldChange : recent;
            sql("insert into decision (decision_id, pool_id, call_id, agent_id, path, score, contributions, reasons,"
                    + " alternative_agents, created_at, reservation_deadline, status, status_at)"
                    + " values (?1, ?2, ?1, ?2, 'DECIDER', 1, '[]', '[]', '[]', ?3, ?3, 'ACCEPTED', ?3)",
                    id + age, id, decided);
            sql("insert into early_answer (decision_id, status, recorded_at) values (?1, 'ACCEPTED', ?2)",
                    id + age + "-early", decided);
            sql("insert into routing_notice (kind, pool_id, call_id, reason, noticed_at)"
                    + " values ('CALL_UNROUTABLE', ?1, ?2, 'NO_SKILL', ?3)", id, id + age, decided);
            sql("insert into call_outcome (call_id, agent_id, pool_id, outcome, ended_at, recorded_at)"
                    + " values (?1, ?2, ?2, 'RESOLVED', ?3, ?3)", id + age, id, decided);
            sql("insert into agent_change (agent_id, changed_by, changed_at, after) values (?1, 'wfm', ?2, '{}')",
                    id, changed);
            sql("insert into call_segment (call_id, pool_id, product_code, language, priority, vulnerable, arm,"
                    + " arrived_at) values (?1, ?2, 'GENERAL', 'en', 0, false, 'ATTUNE', ?3)", id + age, id, decided);
            sql("insert into control_arm_change (changed_by, changed_at, reason, enabled, share, mode, block_seconds)"
                    + " values ('admin', ?1, ?2, false, 0.1, 'HASH', 1800)", changed, id + age);
            sql("insert into empathy_source_change (pool_id, changed_by, changed_at, before, after, agents)"
                    + " values (?1, 'wfm', ?2, 'CONFIGURED', 'LEARNED', 1)", id + age, changed);
        }
        // Two old weight sets, equal to the one in force: the older goes, the newer is in force and stays.
        String inForce = (String) single("select after::text from weight_change order by id desc limit 1");
        for (String reason : List.of(id + "-superseded", id + "-in-force")) {
            sql("insert into weight_change (changed_by, changed_at, reason, after) values ('wfm', ?1, ?2, cast(?3 as jsonb))",
                    oldChange, reason, inForce);
        }
        // A product's two old changes: the older goes, the newer says who set what is in force and stays.
        for (String reason : List.of(id + "-superseded", id + "-in-force")) {
            sql("insert into product_change (product_code, changed_by, changed_at, reason, after)"
                    + " values (?1, 'wfm', ?2, ?3, '{}')", id, oldChange, reason);
        }
        Map<String, String> othersBefore = contentsOfOtherTables();

        Map<String, Long> deleted = retention.purge(now);

        assertTrue(deleted.keySet().containsAll(PURGED), deleted.toString());
        assertEquals(0L, count("select count(*) from decision where decision_id = ?1", id + "old"));
        assertEquals(1L, count("select count(*) from decision where decision_id = ?1", id + "new"));
        assertEquals(0L, count("select count(*) from early_answer where decision_id = ?1", id + "old-early"));
        assertEquals(1L, count("select count(*) from early_answer where decision_id = ?1", id + "new-early"));
        assertEquals(0L, count("select count(*) from call_outcome where call_id = ?1", id + "old"));
        assertEquals(1L, count("select count(*) from call_outcome where call_id = ?1", id + "new"));
        assertEquals(0L, count("select count(*) from routing_notice where call_id = ?1", id + "old"));
        assertEquals(1L, count("select count(*) from routing_notice where call_id = ?1", id + "new"));
        assertEquals(1L, count("select count(*) from agent_change where agent_id = ?1", id));
        assertEquals(0L, count("select count(*) from empathy_source_change where pool_id = ?1", id + "old"));
        assertEquals(1L, count("select count(*) from empathy_source_change where pool_id = ?1", id + "new"));
        assertEquals(0L, count("select count(*) from call_segment where call_id = ?1", id + "old"));
        assertEquals(1L, count("select count(*) from call_segment where call_id = ?1", id + "new"));
        assertEquals(0L, count("select count(*) from control_arm_change where reason = ?1", id + "old"));
        assertEquals(1L, count("select count(*) from control_arm_change where reason = ?1", id + "new"));
        assertEquals(0L, count("select count(*) from weight_change where reason = ?1", id + "-superseded"));
        assertEquals(1L, count("select count(*) from weight_change where reason = ?1", id + "-in-force"));
        assertEquals(0L, count("select count(*) from product_change where reason = ?1", id + "-superseded"));
        assertEquals(1L, count("select count(*) from product_change where reason = ?1", id + "-in-force"));
        assertEquals(othersBefore, contentsOfOtherTables());
    }

    /** A digest of every row of every table the purge must not touch (the test's own agent row included). */
    private Map<String, String> contentsOfOtherTables() {
        Map<String, String> digests = new TreeMap<>();
        @SuppressWarnings("unchecked")
        List<String> tables = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select table_name from information_schema.tables where table_schema = 'public'"
                        + " and table_type = 'BASE TABLE'").getResultList());
        for (String table : tables) {
            if (!PURGED.contains(table)) {
                digests.put(table, (String) single("select md5(coalesce(string_agg(t::text, '|' order by t::text), ''))"
                        + " from " + table + " t"));
            }
        }
        assertTrue(digests.containsKey("agent") && digests.containsKey("product"), digests.keySet().toString());
        return digests;
    }

    private void sql(String statement, Object... parameters) {
        QuarkusTransaction.requiringNew().run(() -> {
            var query = entityManager.createNativeQuery(statement);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            query.executeUpdate();
        });
    }

    private Object single(String statement) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(statement).getSingleResult());
    }

    private long count(String statement, String parameter) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(statement)
                .setParameter(1, parameter).getSingleResult()).longValue());
    }
}
