package dev.attune.persistence;

import dev.attune.cli.CommandLine;
import dev.attune.local.LocalPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * What the re-seal of a key rotation costs on a large decision table, against a real PostgreSQL server with
 * the service's schema: per run, a plain keyset read of the three sealed columns (what any batch job pays),
 * the same read opening every value (the decryption alone), and the re-seal of all rows to the other key (read,
 * open, seal, batched update), each as decision rows per second. Runs alternate the two keys, so every run
 * re-seals every row. Prints one line per run and the medians with the ratios side by side.
 *
 * <pre>
 * ./mvnw -B -q test-compile
 * ./mvnw -B -q exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.attune.persistence.JournalResealHarness \
 *     -Dexec.args="--rows 50000 --runs 5 --batch 500"
 * </pre>
 */
public final class JournalResealHarness {
    private static final String WHISPER = "Caller's feeling: anxious (0.82), confused. Product: 401(k) rollover. "
            + "Amount at stake: 180,000. Life event: bereavement. Vulnerable customer. Suggested approach: slow "
            + "down, confirm each step, offer a written summary and a callback with the same agent.";
    private static final String REASONS = "[\"caller anxious about a six-figure rollover\", \"agent's empathy 0.91\","
            + " \"holds FINRA_SERIES_7\", \"speaks en\", \"waited 41 s\"]";

    private JournalResealHarness() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, Integer> options = CommandLine.parse(args, Options.USAGE, Options::of);
        int rows = options.get("rows");
        int runs = options.get("runs");
        int batch = options.get("batch");
        JournalKeys[] keys = {keys("ka", "kb"), keys("kb", "ka")};
        try (LocalPostgres postgres = LocalPostgres.start()) {
            PGSimpleDataSource database = new PGSimpleDataSource();
            database.setURL(postgres.jdbcUrl());
            database.setPassword(LocalPostgres.PASSWORD);
            Flyway.configure().dataSource(database).locations("classpath:db/migration").load().migrate();
            fill(database, rows, keys[0]);
            JournalReseal reseal = new JournalReseal(database, batch);
            List<double[]> measured = new ArrayList<>();
            System.out.printf(Locale.ROOT, "%n%d decision rows (3 sealed columns each), batch %d, %d runs%n%n", rows, batch, runs);
            System.out.println("| run | plain read rows/s | read and open rows/s | re-seal rows/s | re-seal / plain read |");
            System.out.println("|---|---|---|---|---|");
            for (int run = 1; run <= runs; run++) {
                JournalKeys under = keys[run % 2];
                double read = rate(rows, () -> scan(database, batch, null));
                double open = rate(rows, () -> scan(database, batch, under));
                double resealed = rate(rows, () -> check(reseal.reseal(under), rows));
                measured.add(new double[] {read, open, resealed});
                System.out.printf(Locale.ROOT, "| %d | %.0f | %.0f | %.0f | %.3f |%n", run, read, open, resealed, resealed / read);
            }
            double read = median(measured, 0);
            double open = median(measured, 1);
            double resealed = median(measured, 2);
            System.out.printf(Locale.ROOT, "| median | %.0f | %.0f | %.0f | %.3f |%n", read, open, resealed, resealed / read);
            System.out.printf(Locale.ROOT, "%nmedian re-seal of %d rows: %.1f s (plain read %.2f s)%n", rows, rows / resealed, rows / read);
        }
    }

    /** Current key {@code id}, the other one previous: two fixed keys, so runs can swap them. */
    private static JournalKeys keys(String id, String previous) {
        return JournalKeys.of(Key.of(id), id, previous + "=" + Key.of(previous));
    }

    /** Two fixed keys for the run (random per run of the harness). */
    private static final class Key {
        private static final Map<String, String> KEYS = Map.of("ka", JournalKeysTest.newKey(), "kb", JournalKeysTest.newKey());

        static String of(String id) {
            return KEYS.get(id);
        }
    }

    private static void fill(PGSimpleDataSource database, int rows, JournalKeys keys) throws SQLException {
        String sql = "insert into decision (decision_id, pool_id, call_id, agent_id, path, score, contributions, reasons,"
                + " whisper, alternative_agents, created_at, reservation_deadline, status, status_at, status_reason)"
                + " values (?, 'pool-1', ?, 'agent-1', 'PLAN', 0, '{}'::jsonb, ?, ?, '[]'::jsonb, ?, ?, 'REJECTED', ?, ?)";
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = database.getConnection(); PreparedStatement insert = c.prepareStatement(sql)) {
            c.setAutoCommit(false);
            for (int i = 0; i < rows; i++) {
                insert.setString(1, String.format(Locale.ROOT, "d-%09d", i));
                insert.setString(2, "c-" + i);
                insert.setString(3, SealedText.seal(REASONS, keys));
                insert.setString(4, SealedText.seal(WHISPER, keys));
                insert.setTimestamp(5, now);
                insert.setTimestamp(6, now);
                insert.setTimestamp(7, now);
                insert.setString(8, SealedText.seal("customer is bereaved, call back tomorrow", keys));
                insert.addBatch();
                if (i % 1000 == 999 || i == rows - 1) {
                    insert.executeBatch();
                    c.commit();
                }
            }
        }
        try (Connection c = database.getConnection(); PreparedStatement analyse = c.prepareStatement("vacuum analyze decision")) {
            analyse.execute();
        }
    }

    /** A keyset read of every row's sealed columns in batches, opening each value when {@code keys} is given. */
    private static void scan(PGSimpleDataSource database, int batch, JournalKeys keys) throws SQLException {
        String sql = "select decision_id, whisper, reasons, status_reason from decision where decision_id > ?"
                + " order by decision_id limit ?";
        String after = "";
        int read;
        try (Connection c = database.getConnection(); PreparedStatement select = c.prepareStatement(sql)) {
            do {
                select.setString(1, after);
                select.setInt(2, batch);
                read = 0;
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        read++;
                        after = rs.getString(1);
                        for (int column = 2; column <= 4; column++) {
                            String value = rs.getString(column);
                            if (keys != null && SealedText.open(value, keys) == null) {
                                throw new IllegalStateException("a row no key opens");
                            }
                        }
                    }
                }
            } while (read == batch);
        }
    }

    private static void check(Map<String, JournalReseal.Tally> tallies, int rows) {
        for (String column : List.of("decision.whisper", "decision.reasons", "decision.status_reason")) {
            if (tallies.get(column).resealed() != rows) {
                throw new IllegalStateException("expected every row re-sealed: " + tallies);
            }
        }
    }

    private interface Step {
        void run() throws Exception;
    }

    private static double rate(int rows, Step step) throws Exception {
        long start = System.nanoTime();
        step.run();
        return rows / ((System.nanoTime() - start) / 1e9);
    }

    private static double median(List<double[]> runs, int index) {
        double[] values = runs.stream().mapToDouble(r -> r[index]).sorted().toArray();
        int mid = values.length / 2;
        return values.length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }

    /** --rows N --runs N --batch N, with defaults. */
    private static final class Options {
        static final String USAGE = "JournalResealHarness [--rows 50000] [--runs 5] [--batch 500]";

        static Map<String, Integer> of(String[] args) {
            Map<String, Integer> options = new java.util.HashMap<>(Map.of("rows", 50_000, "runs", 5, "batch", 500));
            for (int i = 0; i < args.length; i += 2) {
                String name = args[i].replaceFirst("^--", "");
                if (!options.containsKey(name)) {
                    throw new IllegalArgumentException("unknown option " + args[i] + "; use --rows, --runs, --batch");
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(args[i] + " needs a value");
                }
                options.put(name, Integer.parseInt(args[i + 1]));
            }
            return options;
        }
    }
}
