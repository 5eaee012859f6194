package dev.attune.load;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The embedded broker in a child JVM ({@link BrokerMain}), with Kafka's own recommended GC settings. */
public final class BrokerJvm implements AutoCloseable {
    private final Process process;
    private final String bootstrapServers;

    private BrokerJvm(Process process, String bootstrapServers) {
        this.process = process;
        this.bootstrapServers = bootstrapServers;
    }

    public static BrokerJvm start(Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms256m", "-Xmx768m", "-XX:+UseG1GC", "-XX:MaxGCPauseMillis=20",
                "-XX:InitiatingHeapOccupancyPercent=35", "-XX:+ExplicitGCInvokesConcurrent",
                "-Djava.util.logging.manager=org.jboss.logmanager.LogManager",
                "-cp", classPath(), BrokerMain.class.getName()));
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith(BrokerMain.READY)) {
                String bootstrap = line.substring(BrokerMain.READY.length()).trim();
                Thread drain = new Thread(() -> drain(out), "broker-jvm-output");
                drain.setDaemon(true);
                drain.start();
                return new BrokerJvm(process, bootstrap);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("the broker JVM ended before it was ready: see " + log);
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** The broker JVM's process id, for the fault suite's SIGSTOP / SIGCONT. */
    public long pid() {
        return process.pid();
    }

    @Override
    public void close() throws IOException, InterruptedException {
        process.getOutputStream().close(); // BrokerMain stops when its input closes
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private static void drain(BufferedReader out) {
        try {
            while (out.readLine() != null) {
                // the broker logs to stderr; stdout only says it is ready
            }
        } catch (IOException ignored) {
            // the broker ended
        }
    }

    /** Under exec:java the project's classpath is the context class loader's, not java.class.path. */
    static String classPath() {
        List<String> entries = new ArrayList<>();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        while (loader != null) {
            if (loader instanceof URLClassLoader urls) {
                for (URL url : urls.getURLs()) {
                    try {
                        entries.add(Path.of(url.toURI()).toString());
                    } catch (URISyntaxException | IllegalArgumentException e) {
                        // not a file: skip
                    }
                }
            }
            loader = loader.getParent();
        }
        String own = System.getProperty("java.class.path");
        if (entries.stream().noneMatch(e -> e.contains("kafka_2.13")) && own != null) {
            return own;
        }
        return String.join(File.pathSeparator, entries);
    }
}
