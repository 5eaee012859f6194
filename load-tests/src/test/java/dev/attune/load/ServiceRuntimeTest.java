package dev.attune.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which start-up archive the service is started with, as the load test and the AOT training choose it. */
class ServiceRuntimeTest {
    @TempDir
    Path app;

    @Test
    void onJdk25TheTrainedAotCacheNextToTheJarIsUsed() throws IOException {
        Path jar = Files.createFile(app.resolve("quarkus-run.jar"));
        Files.createFile(app.resolve(ServiceRuntime.AOT_CACHE));
        Files.createFile(app.resolve(ServiceRuntime.CLASS_DATA));
        ServiceRuntime jdk25 = new ServiceRuntime(Path.of("/opt/jdk-25"), 25);

        assertEquals(List.of("-XX:AOTCache=app.aot"), jdk25.archiveOptions(jar));
        assertTrue(ServiceJvm.namesArchive(jdk25.archiveOptions(jar).get(0)), "started from the jar's folder");
    }

    @Test
    void anotherJdkNeverGetsTheBuildsClassDataArchive() throws IOException {
        Path jar = Files.createFile(app.resolve("quarkus-run.jar"));
        Files.createFile(app.resolve(ServiceRuntime.CLASS_DATA));

        assertEquals(List.of(), new ServiceRuntime(Path.of("/opt/jdk-25"), 25).archiveOptions(jar),
                "no cache trained yet, and the class-data archive is only valid on the JDK that wrote it");
    }

    @Test
    void theLaunchersOwnJdkUsesTheBuildsClassDataArchive() throws IOException {
        Path jar = Files.createFile(app.resolve("quarkus-run.jar"));
        Files.createFile(app.resolve(ServiceRuntime.AOT_CACHE));
        Files.createFile(app.resolve(ServiceRuntime.CLASS_DATA));
        ServiceRuntime own = new ServiceRuntime(JavaHomes.current(), Runtime.version().feature());

        assertEquals(List.of(own.makesAotCaches()
                ? "-XX:AOTCache=app.aot"
                : "-XX:SharedArchiveFile=" + app.resolve(ServiceRuntime.CLASS_DATA).toAbsolutePath()), own.archiveOptions(jar));
    }

    @Test
    void theRunningJdkIsReadFromItsReleaseFile() {
        assertEquals(Optional.of(Runtime.version().feature()), JavaHomes.major(JavaHomes.current()));
        assertEquals(Optional.empty(), JavaHomes.major(app));
    }
}
