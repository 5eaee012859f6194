package dev.attune.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Re-seals every sealed journal column under the current key, the step that completes a key rotation: rows
 * sealed under a previous key (or under no key id, or never sealed) are opened and sealed again, each batch
 * written in one transaction. A row whose key is not configured any more cannot be opened and is left, counted.
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

    private final DataSource database;
    private final int batchSize;

    @Inject
    public JournalReseal(DataSource database,
            @ConfigProperty(name = "attune.privacy.reseal.batch-size", defaultValue = "500") int batchSize) {
        this.database = database;
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
        try (Connection connection = database.getConnection()) {
            for (SealedColumn column : COLUMNS) {
                tallies.put(column.name(), reseal(connection, column, current, keys));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("re-seal failed: " + e.getClass().getSimpleName()
                    + " (SQL state " + e.getSQLState() + ")");
        }
        return tallies;
    }

    /**
     * One column, batch by batch in key order: each batch read, then written in one transaction of batched
     * updates, so a large table costs a commit per batch, not per row.
     */
    private Tally reseal(Connection connection, SealedColumn column, String current, JournalKeys keys)
            throws SQLException {
        long resealed = 0;
        long unreadable = 0;
        String after = "";
        int read;
        do {
            List<String[]> rows = stale(connection, column, current, after);
            read = rows.size();
            List<String[]> changes = new ArrayList<>();
            for (String[] row : rows) {
                after = row[0];
                String words = SealedText.open(row[1], keys);
                if (words == null) {
                    unreadable++;
                } else {
                    changes.add(new String[] {row[0], row[1], SealedText.seal(words, keys)});
                }
            }
            resealed += replace(connection, column, changes);
        } while (read == batchSize);
        return new Tally(resealed, unreadable);
    }

    /** The next batch of rows, by key after {@code after}, whose column is not sealed under the current key. */
    private List<String[]> stale(Connection connection, SealedColumn column, String current, String after)
            throws SQLException {
        String sql = "select " + column.key() + ", " + column.column() + " from " + column.table() + " where "
                + column.key() + " > ? and " + column.column() + " is not null and " + column.column()
                + " not like ? order by " + column.key() + " limit ?";
        List<String[]> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, after);
            select.setString(2, SealedText.PREFIX + current + ":%");
            select.setInt(3, batchSize);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
        }
        return rows;
    }

    /** Writes a batch in one transaction; a row is replaced only if it still holds what was read. */
    private int replace(Connection connection, SealedColumn column, List<String[]> changes) throws SQLException {
        if (changes.isEmpty()) {
            return 0;
        }
        String sql = "update " + column.table() + " set " + column.column() + " = ? where " + column.key()
                + " = ? and " + column.column() + " = ?";
        connection.setAutoCommit(false);
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            for (String[] change : changes) {
                update.setString(1, change[2]);
                update.setString(2, change[0]);
                update.setString(3, change[1]);
                update.addBatch();
            }
            int replaced = 0;
            for (int count : update.executeBatch()) {
                replaced += count == 1 ? 1 : 0;
            }
            connection.commit();
            return replaced;
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }
}
