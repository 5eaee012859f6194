package dev.attune.persistence;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Deletes journal rows older than their retention period (docs/privacy.md). Only the tables below are touched,
 * and only by their own time column; agents, products, weights in force and empathy settings stay.
 */
@ApplicationScoped
public class Retention {
    /** One table's rule: rows whose {@code column} is older than the period go, unless {@code keep} says not. */
    private record Rule(String table, String column, Duration period, String keep) {
        String delete() {
            return "delete from " + table + " where ctid in (select ctid from " + table + " where " + column
                    + " < ?1" + keep + " limit ?2)";
        }
    }

    private final EntityManager entityManager;
    private final int batchSize;
    private final List<Rule> rules;

    @Inject
    public Retention(EntityManager entityManager, RetentionSettings settings,
            @ConfigProperty(name = "attune.learning.window", defaultValue = "P90D") Duration learningWindow) {
        if (settings.outcomes().compareTo(learningWindow) < 0) {
            throw new IllegalStateException("attune.retention.outcomes (" + settings.outcomes()
                    + ") must be at least attune.learning.window (" + learningWindow + "): empathy is learned from them");
        }
        this.entityManager = entityManager;
        this.batchSize = settings.batchSize();
        this.rules = List.of(
                new Rule("decision", "created_at", settings.decisions(), ""),
                new Rule("early_answer", "recorded_at", settings.decisions(), ""),
                new Rule("routing_notice", "noticed_at", settings.decisions(), ""),
                new Rule("call_outcome", "ended_at", settings.outcomes(), ""),
                new Rule("call_segment", "arrived_at", settings.outcomes(), ""),
                new Rule("agent_change", "changed_at", settings.changeHistory(), ""),
                new Rule("weight_change", "changed_at", settings.changeHistory(),
                        " and id <> (select max(id) from weight_change)"),
                new Rule("empathy_source_change", "changed_at", settings.changeHistory(), ""),
                new Rule("product_change", "changed_at", settings.changeHistory(),
                        " and id not in (select max(id) from product_change group by product_code)"),
                new Rule("control_arm_change", "changed_at", settings.changeHistory(),
                        " and id <> (select max(id) from control_arm_change)"));
    }

    /** Purges everything past its period as of {@code now}; returns the rows deleted per table. */
    public Map<String, Long> purge(Instant now) {
        Map<String, Long> deleted = new LinkedHashMap<>();
        for (Rule rule : rules) {
            Instant cutoff = now.minus(rule.period());
            long total = 0;
            int batch;
            do {
                batch = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(rule.delete())
                        .setParameter(1, cutoff).setParameter(2, batchSize).executeUpdate());
                total += batch;
            } while (batch == batchSize);
            deleted.put(rule.table(), total);
        }
        return deleted;
    }
}
