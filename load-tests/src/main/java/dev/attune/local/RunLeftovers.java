package dev.attune.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * What one local run started, written as it starts it to target/attune-local.run, so
 * deploy/local/stop-leftovers.sh can stop exactly that after a hard kill, and nothing another run or another
 * user started. Lines: {@code pid <pid> <marker>} (a process whose command line contains the marker),
 * {@code postgres <data directory>}, {@code dir <directory to delete>}. Deleted after a clean stop.
 */
final class RunLeftovers {
    static final Path FILE = Path.of("target/attune-local.run");

    RunLeftovers() {
        try {
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, "# written by deploy/local/run.sh, read by deploy/local/stop-leftovers.sh\n",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + FILE, e);
        }
    }

    void process(long pid, String marker) {
        append("pid " + pid + " " + marker);
    }

    void postgres(Path dataDirectory) {
        append("postgres " + dataDirectory.toAbsolutePath());
    }

    void directory(String directory) {
        append("dir " + Path.of(directory).toAbsolutePath());
    }

    /** After a clean stop nothing is left. */
    void cleared() {
        try {
            Files.deleteIfExists(FILE);
        } catch (IOException e) {
            System.err.println("[local] could not delete " + FILE + ": " + e.getMessage());
        }
    }

    private static void append(String line) {
        try {
            Files.writeString(FILE, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + FILE, e);
        }
    }
}
