package dev.attune.persistence;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Re-seals every sealed journal column under the current key, the step that completes a key rotation: rows
 * sealed under a previous key (or under no key id, or never sealed) are opened and sealed again, in batches of
 * their own transaction. A row whose key is not configured any more cannot be opened and is left, counted.
 * Safe to run on several instances at once: a row is only replaced if it still holds what was read.
 */
@ApplicationScoped
public class JournalReseal {
    /** A sealed column and its table's key. */
    record SealedColumn(String table, String key, String column) {
        String name() {
            return table + "." + column;
        }
    }

    /** What one run did to one column. */
    public record Tally(long resealed, long unreadable) {
    }

    static final List<SealedColumn> COLUMNS = List.of(
            new SealedColumn("decision", "decision_id", "whisper"),
            new SealedColumn("decision", "decision_id", "reasons"),
            new SealedColumn("decision", "decision_id", "status_reason"),
            new SealedColumn("early_answer", "decision_id", "status_reason"));

    private final EntityManager entityManager;
    private final int batchSize;

    @Inject
    public JournalReseal(EntityManager entityManager,
            @ConfigProperty(name = "attune.privacy.reseal.batch-size", defaultValue = "500") int batchSize) {
        this.entityManager = entityManager;
        this.batchSize = batchSize;
    }

    /** Re-seals under the configured keys. */
    public Map<String, Tally> reseal() {
        return reseal(SealedText.configured());
    }

    /** Re-seals under {@code keys}' current key; per column, the rows re-sealed and those no key opens. */
    public Map<String, Tally> reseal(JournalKeys keys) {
        String current = keys.currentId().orElseThrow(
                () -> new IllegalStateException("re-sealing needs a current key (attune.privacy.journal-key)"));
        Map<String, Tally> tallies = new LinkedHashMap<>();
        for (SealedColumn column : COLUMNS) {
            long resealed = 0;
            long unreadable = 0;
            String after = "";
            List<Object[]> rows;
            do {
                rows = stale(column, current, after);
                for (Object[] row : rows) {
                    after = (String) row[0];
                    String words = SealedText.open((String) row[1], keys);
                    if (words == null) {
                        unreadable++;
                    } else if (replace(column, after, (String) row[1], SealedText.seal(words, keys))) {
                        resealed++;
                    }
                }
            } while (rows.size() == batchSize);
            tallies.put(column.name(), new Tally(resealed, unreadable));
        }
        return tallies;
    }

    /** The next batch of rows, by key after {@code after}, whose column is not sealed under the current key. */
    @SuppressWarnings("unchecked")
    private List<Object[]> stale(SealedColumn column, String current, String after) {
        String sql = "select " + column.key() + ", " + column.column() + " from " + column.table() + " where "
                + column.key() + " > ?1 and " + column.column() + " is not null and " + column.column()
                + " not like ?2 order by " + column.key() + " limit ?3";
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(sql)
                .setParameter(1, after).setParameter(2, SealedText.PREFIX + current + ":%")
                .setParameter(3, batchSize).getResultList());
    }

    private boolean replace(SealedColumn column, String key, String was, String sealed) {
        String sql = "update " + column.table() + " set " + column.column() + " = ?1 where " + column.key()
                + " = ?2 and " + column.column() + " = ?3";
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(sql)
                .setParameter(1, sealed).setParameter(2, key).setParameter(3, was).executeUpdate()) == 1;
    }
}
