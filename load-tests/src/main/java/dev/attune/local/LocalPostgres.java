package dev.attune.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A real PostgreSQL 16 server as a child process on a free loopback port, with a fresh data directory.
 * For tests and the local run only. It can be stopped and started again on the same port and data
 * directory, as an outage would (the reliability tests do). After a SIGKILL of the JVM the postgres process
 * survives: stop it with the pid in its data directory's postmaster.pid (deploy/local/stop-leftovers.sh does).
 */
public final class LocalPostgres implements AutoCloseable {
    public static final String DATABASE = "postgres";
    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private final Path dataDirectory;
    private final boolean stopsWithJvm;
    private EmbeddedPostgres server;
    private int port;

    private LocalPostgres(Path dataDirectory, boolean stopsWithJvm) {
        this.dataDirectory = dataDirectory;
        this.stopsWithJvm = stopsWithJvm;
    }

    public static LocalPostgres start() {
        return start(0);
    }

    /** @param port the port on loopback, 0 for a free one; the server stops when this JVM exits */
    public static LocalPostgres start(int port) {
        return start(port, true);
    }

    /**
     * As {@link #start(int)}, but only {@link #close()} stops it: for a caller that stops everything in order at
     * exit. The library's own exit hook would stop the server at once, beside that ordered stop, while the
     * service still writes its last journal entries (an ERROR at every stop of deploy/local/run.sh).
     */
    public static LocalPostgres startStoppedByCaller(int port) {
        return start(port, false);
    }

    private static LocalPostgres start(int port, boolean stopsWithJvm) {
        try {
            LocalPostgres postgres = new LocalPostgres(Files.createTempDirectory("epg-attune-"), stopsWithJvm);
            postgres.port = port;
            postgres.resume();
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL server", e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/" + DATABASE + "?user=" + USER;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public int port() {
        return port;
    }

    /** Stops the server as an outage would (pg_ctl stop, fast mode); the data stays for {@link #resume()}. */
    public synchronized void pause() {
        if (server != null) {
            try {
                server.close();
            } catch (IOException e) {
                throw new UncheckedIOException("could not stop the embedded PostgreSQL server", e);
            } finally {
                server = null;
            }
        }
    }

    /** Starts the server (again) on the same port with the same data. */
    public synchronized void resume() {
        if (server != null) {
            return;
        }
        try {
            server = EmbeddedPostgres.builder()
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setRegisterShutdownHook(stopsWithJvm)
                    .start();
            port = server.getPort();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL server", e);
        }
    }

    @Override
    public synchronized void close() {
        pause();
        try (Stream<Path> files = Files.walk(dataDirectory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
