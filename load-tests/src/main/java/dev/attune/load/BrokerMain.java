package dev.attune.load;

import dev.attune.cli.CommandLine;
import dev.attune.local.LocalKafka;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Runs the embedded broker (LocalKafka) in a JVM of its own, so neither the load generator's garbage
 * collections nor the service's stall it, as on a real deployment. Prints {@code BOOTSTRAP host:port}
 * when ready and stops when its standard input closes (its parent ended, however it ended). The fault suite
 * also writes {@code STOP} (the broker shuts down, answering {@code STOPPED}) and {@code START} (the same broker
 * comes back on the same port and log directory, answering {@code BOOTSTRAP host:port} again).
 */
public final class BrokerMain {
    public static final String READY = "BOOTSTRAP ";
    public static final String STOP = "STOP";
    public static final String STOPPED = "STOPPED";
    public static final String START = "START";

    public static void main(String[] args) throws IOException {
        CommandLine.positional(args, "usage: BrokerMain (no arguments; then START or STOP lines on stdin)", 0, 0);
        QuietLogs.apply();
        Path logDir = Files.createTempDirectory("fault-broker-");
        int kafkaPort = freePort();
        int controllerPort = freePort();
        String clusterId = UUID.randomUUID().toString();
        LocalKafka kafka = LocalKafka.startKept(logDir, kafkaPort, controllerPort, clusterId);
        System.out.println(READY + kafka.bootstrapServers());
        System.out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            if (line.equals(STOP) && kafka != null) {
                kafka.close();
                kafka = null;
                System.out.println(STOPPED);
            } else if (line.equals(START) && kafka == null) {
                kafka = LocalKafka.startKept(logDir, kafkaPort, controllerPort, clusterId);
                System.out.println(READY + kafka.bootstrapServers());
            }
            System.out.flush();
        }
        if (kafka != null) {
            kafka.close();
        }
        delete(logDir);
        System.exit(0);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
