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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** The embedded broker in a child JVM ({@link BrokerMain}), with Kafka's own recommended GC settings. */
public final class BrokerJvm implements AutoCloseable {
    private final Process process;
    private final String bootstrapServers;
    /** What BrokerMain prints on its standard output, one line each. */
    private final BlockingQueue<String> lines;

    private BrokerJvm(Process process, String bootstrapServers, BlockingQueue<String> lines) {
        this.process = process;
        this.bootstrapServers = bootstrapServers;
        this.lines = lines;
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
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        Thread drain = new Thread(() -> drain(out, lines), "broker-jvm-output");
        drain.setDaemon(true);
        drain.start();
        try {
            String ready = await(lines, BrokerMain.READY, Duration.ofMinutes(3));
            return new BrokerJvm(process, ready.substring(BrokerMain.READY.length()).trim(), lines);
        } catch (IllegalStateException e) {
            process.destroyForcibly();
            throw new IllegalStateException("the broker JVM was not ready: see " + log, e);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the broker JVM started", e);
        }
    }

    /** Shuts the broker down (its JVM stays, holding the log directory); returns once it is down. */
    public void stopBroker() throws IOException, InterruptedException {
        command(BrokerMain.STOP);
        await(lines, BrokerMain.STOPPED, Duration.ofMinutes(2));
    }

    /** Starts the same broker again, on the same port and log directory; returns once it serves. */
    public void startBroker() throws IOException, InterruptedException {
        command(BrokerMain.START);
        await(lines, BrokerMain.READY, Duration.ofMinutes(3));
    }

    private void command(String line) throws IOException {
        process.getOutputStream().write((line + "\n").getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().flush();
    }

    private static String await(BlockingQueue<String> lines, String prefix, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            String line = lines.poll(500, TimeUnit.MILLISECONDS);
            if (line != null && line.startsWith(prefix)) {
                return line;
            }
        }
        throw new IllegalStateException("no '" + prefix.trim() + "' from the broker JVM within " + timeout);
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

    private static void drain(BufferedReader out, BlockingQueue<String> lines) {
        try {
            String line;
            while ((line = out.readLine()) != null) {
                lines.add(line); // the broker logs to stderr; stdout only says it is ready or stopped
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
