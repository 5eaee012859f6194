package dev.attune.fault;

import dev.attune.load.ServiceJvm;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Records a class-data archive from one real start of the packaged service (docs/operations.md, "Restart time"):
 * the build's archive holds only the classes Quarkus' static init loads, so a restart still loads and verifies
 * Flyway, Hibernate's runtime, the Kafka clients and the engine one class at a time. This start runs against the
 * run's own broker and database until it is ready (engine rebuilt, decision path warmed up), then stops with
 * SIGTERM, and the JVM writes every class it loaded into the archive as it exits.
 */
final class RecordedArchive {
    private RecordedArchive() {
    }

    /**
     * @return the archive's JVM option, or {@code fallback} (the build's archive) if none could be recorded
     */
    static String record(List<String> jvm, Map<String, String> properties, Path out, String fallback,
            PrintStream log) throws IOException, InterruptedException {
        Path archive = out.resolve("app-cds-recorded.jsa").toAbsolutePath();
        Files.deleteIfExists(archive);
        List<String> options = new ArrayList<>(jvm);
        options.add("-XX:ArchiveClassesAtExit=" + archive);
        long started = System.nanoTime();
        ServiceJvm recording = ServiceJvm.start(0, options, properties, out.resolve("fault-service-recording.log"));
        try {
            recording.awaitReady(Duration.ofMinutes(3));
        } catch (IllegalStateException e) {
            log.println("[fault] recording the class-data archive failed, the build's archive is used: " + e.getMessage());
        } finally {
            recording.close(); // a recording JVM gets minutes to write some 15,000 classes as it exits (ServiceJvm)
        }
        if (!Files.isRegularFile(archive) || Files.size(archive) == 0) {
            log.println("[fault] no class-data archive was recorded; the build's archive is used");
            return fallback;
        }
        log.printf("[fault] class-data archive recorded from a real start in %.0f s: %s (%d MB)%n",
                (System.nanoTime() - started) / 1e9, archive, Files.size(archive) >> 20);
        return "-XX:SharedArchiveFile=" + archive;
    }
}
