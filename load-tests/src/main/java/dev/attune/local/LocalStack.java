package dev.attune.local;

import dev.attune.cli.CommandLine;
import dev.attune.load.JvmOptions;
import dev.attune.load.QuietLogs;
import dev.attune.load.ServiceJvm;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The local run: a real OIDC provider (Keycloak), Kafka broker and PostgreSQL server on loopback, the
 * packaged service in its own JVM pointed at them (so the production artifact carries no embedded
 * servers), and demo traffic.
 * Everything stops on Ctrl-C, when this JVM is terminated, or after --minutes.
 *
 * <pre>
 * LocalStack [--port 8080] [--kafka-port N] [--postgres-port N] [--demo-rate 2.0] [--no-demo] [--minutes N]
 * </pre>
 */
public final class LocalStack {
    private static final Path LOG = Path.of("target/attune-local.log");
    private static final Path KEYCLOAK_LOG = Path.of("target/keycloak-local.log");
    private static final Duration STATUS_EVERY = Duration.ofSeconds(30);

    public static void main(String[] args) throws Exception {
        Options options = CommandLine.parse(args, Options.USAGE, Options::parse);
        if (options.help()) {
            System.out.println(Options.USAGE);
            return;
        }
        requireFreePort(options.port());
        for (int port : new int[] {options.kafkaPort(), options.postgresPort()}) {
            if (port > 0) {
                requireFreePort(port);
            }
        }
        QuietLogs.apply();
        List<AutoCloseable> toClose = new ArrayList<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> closeAll(toClose), "local-stack-shutdown"));

        System.out.println("[local] starting Keycloak (sign-in), Kafka and PostgreSQL on loopback ...");
        RunLeftovers leftovers = new RunLeftovers();
        toClose.add(leftovers::cleared);
        LocalKeycloak keycloak = LocalKeycloak.start(KEYCLOAK_LOG);
        leftovers.process(keycloak.pid(), "keycloak");
        add(toClose, keycloak);
        LocalKafka kafka = LocalKafka.start(options.kafkaPort());
        kafka.logDirectories().forEach(leftovers::directory);
        add(toClose, kafka);
        LocalPostgres postgres = LocalPostgres.startStoppedByCaller(options.postgresPort());
        leftovers.postgres(postgres.dataDirectory());
        add(toClose, postgres);
        System.out.println("[local] Kafka bootstrap servers: " + kafka.bootstrapServers());
        System.out.println("[local] PostgreSQL: jdbc:postgresql://localhost:" + postgres.port() + "/"
                + LocalPostgres.DATABASE + " (user " + LocalPostgres.USER + ", password " + LocalPostgres.PASSWORD + ")");
        System.out.println("[local] starting the service (log: " + LOG + ")");
        List<String> jvm = new ArrayList<>(List.of("-Xmx512m"));
        jvm.addAll(JvmOptions.read(JvmOptions.DEPLOYED, List.of()));
        byte[] journalKey = new byte[32];
        new java.security.SecureRandom().nextBytes(journalKey);
        ServiceJvm service = ServiceJvm.start(options.port(), jvm, Map.of(
                "kafka.bootstrap.servers", kafka.bootstrapServers(),
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(),
                "quarkus.datasource.username", LocalPostgres.USER,
                "quarkus.datasource.password", LocalPostgres.PASSWORD,
                "quarkus.oidc.auth-server-url", keycloak.issuer(),
                // The database is new each run: so is the key that seals whispers in it (docs/privacy.md).
                "attune.privacy.journal-key", java.util.Base64.getEncoder().encodeToString(journalKey),
                // No trace collector runs locally unless one is named: then make no spans rather than log
                // failed exports (the traceparent of each event still reaches its decisions).
                "quarkus.otel.sdk.disabled", String.valueOf(System.getenv("ATTUNE_OTLP_ENDPOINT") == null)), LOG);
        leftovers.process(service.pid(), "quarkus-run.jar");
        add(toClose, service);
        service.awaitReady(Duration.ofMinutes(2));
        String base = service.baseUrl();
        System.out.printf("[local] Attune is up: dashboard %s/ , API %s/q/swagger-ui , metrics %s/q/metrics%n",
                base, base, base);
        SignInHelp.print(keycloak, base);

        DemoTraffic demo = null;
        if (options.demo()) {
            demo = new DemoTraffic(kafka.bootstrapServers(), options.demoRate());
            add(toClose, demo);
            demo.start();
            System.out.printf(java.util.Locale.ROOT, "[local] demo traffic: %.1f calls/s over the sample roster "
                            + "(talk time about %d s), with emotion estimates and agent answers%n",
                    options.demoRate(), demo.traffic().handleTime().toSeconds());
        }
        System.out.println("[local] press Ctrl-C to stop");
        Instant stopAt = options.minutes() > 0 ? Instant.now().plus(Duration.ofMinutes(options.minutes())) : null;
        Instant nextStatus = Instant.now().plus(STATUS_EVERY);
        while (service.isAlive() && (stopAt == null || Instant.now().isBefore(stopAt))) {
            Thread.sleep(500);
            if (demo != null && Instant.now().isAfter(nextStatus)) {
                System.out.println("[local] " + demo.status());
                nextStatus = Instant.now().plus(STATUS_EVERY);
            }
        }
        if (!service.isAlive()) {
            System.err.println("[local] the service exited with code " + service.exitValue() + ": see " + LOG);
        }
        System.exit(service.isAlive() ? 0 : 1);
    }

    /** Stopped in reverse order of starting: demo traffic, service, database, broker. */
    private static synchronized void add(List<AutoCloseable> toClose, AutoCloseable resource) {
        toClose.add(0, resource);
    }

    private static void requireFreePort(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress("0.0.0.0", port));
        } catch (IOException e) {
            throw new IllegalStateException("port " + port + " is taken on this machine: pass --port N (e.g. --port 8090)");
        }
    }

    private static synchronized void closeAll(List<AutoCloseable> resources) {
        for (AutoCloseable resource : resources) {
            try {
                resource.close();
            } catch (Exception e) {
                System.err.println("[local] while stopping: " + e);
            }
        }
        resources.clear();
    }

    record Options(int port, int kafkaPort, int postgresPort, double demoRate, boolean demo, int minutes,
            boolean help) {
        static final String USAGE = """
                usage: deploy/local/run.sh [--port N] [--kafka-port N] [--postgres-port N] [--demo-rate R] [--no-demo] [--minutes N]
                  --port N           the service's HTTP port (default 8080)
                  --kafka-port N     the Kafka broker's port on 127.0.0.1 (default: a free port, printed at start)
                  --postgres-port N  the PostgreSQL server's port on loopback (default: a free port, printed at start)
                  --demo-rate R      demo calls per second (default 2.0)
                  --no-demo          no demo traffic: bring your own ACD (docs/connect-your-acd.md)
                  --minutes N        stop after N minutes (default: run until Ctrl-C)
                  --help             this text""";

        static Options parse(String[] args) {
            int port = 8080;
            int kafkaPort = 0;
            int postgresPort = 0;
            double rate = 2.0;
            boolean demo = true;
            int minutes = 0;
            boolean help = false;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--port" -> port = number(args, ++i);
                    case "--kafka-port" -> kafkaPort = number(args, ++i);
                    case "--postgres-port" -> postgresPort = number(args, ++i);
                    case "--demo-rate" -> rate = Double.parseDouble(value(args, ++i));
                    case "--no-demo" -> demo = false;
                    case "--minutes" -> minutes = number(args, ++i);
                    case "--help", "-h" -> help = true;
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            return new Options(port, kafkaPort, postgresPort, rate, demo, minutes, help);
        }

        private static int number(String[] args, int i) {
            String text = value(args, i);
            try {
                return Integer.parseInt(text);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(args[i - 1] + " needs a whole number, got '" + text + "'");
            }
        }

        private static String value(String[] args, int i) {
            if (i >= args.length) {
                throw new IllegalArgumentException(args[i - 1] + " needs a value");
            }
            return args[i];
        }
    }
}
