package dev.attune.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

/**
 * A real PostgreSQL 16 server as a child process on a free loopback port, with a fresh data directory.
 * For tests and the local run only. After a SIGKILL of the JVM the postgres process survives: stop it
 * with the pid in its data directory's postmaster.pid (deploy/local/stop-leftovers.sh does).
 */
public final class LocalPostgres implements AutoCloseable {
    public static final String DATABASE = "postgres";
    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private final EmbeddedPostgres server;

    private LocalPostgres(EmbeddedPostgres server) {
        this.server = server;
    }

    public static LocalPostgres start() {
        try {
            return new LocalPostgres(EmbeddedPostgres.builder()
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setCleanDataDirectory(true)
                    .start());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL server", e);
        }
    }

    public String jdbcUrl() {
        return server.getJdbcUrl(USER, DATABASE);
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
