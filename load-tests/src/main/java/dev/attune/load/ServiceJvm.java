package dev.attune.load;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged service (target/quarkus-app/quarkus-run.jar) in its own JVM, as it runs in production:
 * not dev mode, no embedded servers inside. Started with system properties pointing it at the broker and
 * database, its output in a log file, stopped (and waited for) on close.
 */
public final class ServiceJvm implements AutoCloseable {
    public static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");

    private final Process process;
    private final String baseUrl;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** Writes an archive or AOT cache as it exits, which takes longer than a plain stop. */
    private final boolean recording;

    private ServiceJvm(Process process, String baseUrl, Path log, boolean recording) {
        this.recording = recording;
        this.process = process;
        this.baseUrl = baseUrl;
        this.log = log;
    }

    /**
     * @param port        HTTP port, 0 for a free one
     * @param jvmOptions  e.g. -Xmx512m
     * @param properties  passed as -Dkey=value (Quarkus reads system properties before application.properties)
     */
    public static ServiceJvm start(int port, List<String> jvmOptions, Map<String, String> properties, Path log)
            throws IOException {
        return start(JAR, port, jvmOptions, properties, log);
    }

    public static ServiceJvm start(Path jar, int port, List<String> jvmOptions, Map<String, String> properties,
            Path log) throws IOException {
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar.toAbsolutePath() + " is missing: run ./mvnw package -DskipTests first");
        }
        int httpPort = port > 0 ? port : freePort();
        List<String> command = new ArrayList<>();
        command.add(ServiceRuntime.fromEnvironment().java().toString());
        command.addAll(jvmOptions);
        command.add("-Dquarkus.http.port=" + httpPort);
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        // A class-data archive records the class path as the build ran it, relative to the jar's folder: the
        // JVM uses it only when started there with the same relative path (and records one the same way).
        boolean archive = jvmOptions.stream().anyMatch(ServiceJvm::namesArchive);
        Path jarFolder = jar.toAbsolutePath().getParent();
        command.add("-jar");
        command.add(archive ? jar.getFileName().toString() : jar.toString());
        Path parent = log.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        ProcessBuilder builder = new ProcessBuilder(command);
        if (archive) {
            builder.directory(jarFolder.toFile());
        }
        Process process = builder
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toAbsolutePath().toFile()))
                .start();
        boolean recording = jvmOptions.stream().anyMatch(o -> o.startsWith("-XX:ArchiveClassesAtExit=")
                || o.startsWith("-XX:AOTCacheOutput="));
        return new ServiceJvm(process, "http://localhost:" + httpPort, log, recording);
    }

    /** Waits until /q/health/ready answers 200. */
    public void awaitReady(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited during start-up (code " + process.exitValue()
                        + "): see " + log);
            }
            try {
                if (get("/q/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the service was not ready within " + timeout.toSeconds() + " s: see " + log);
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public String baseUrl() {
        return baseUrl;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public int exitValue() {
        return process.exitValue();
    }

    public Path log() {
        return log;
    }

    /** Runs jcmd against the service (JFR.start, JFR.dump, GC.heap_info, ...) and returns its output. */
    public String jcmd(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ServiceRuntime.fromEnvironment().jcmd().toString());
        command.add(Long.toString(process.pid()));
        command.addAll(List.of(arguments));
        Process jcmd = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes());
        if (!jcmd.waitFor(30, TimeUnit.SECONDS) || jcmd.exitValue() != 0) {
            throw new IOException("jcmd " + String.join(" ", arguments) + " failed: " + output);
        }
        return output;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(recording ? 180 : 20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** A class-data archive or AOT cache option: used or recorded relative to the jar's folder. */
    public static boolean namesArchive(String jvmOption) {
        return jvmOption.startsWith("-XX:SharedArchiveFile=") || jvmOption.startsWith("-XX:ArchiveClassesAtExit=")
                || jvmOption.startsWith("-XX:AOTCache=") || jvmOption.startsWith("-XX:AOTCacheOutput=");
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
