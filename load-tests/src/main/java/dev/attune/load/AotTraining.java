package dev.attune.load;

import dev.attune.cli.CommandLine;
import dev.attune.local.DemoTraffic;
import dev.attune.local.LocalKafka;
import dev.attune.local.LocalPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Makes the packaged service's AOT cache ({@value ServiceRuntime#AOT_CACHE} next to quarkus-run.jar) on JDK 25 or
 * newer: the training run is one start of the service against an empty local broker and database. Its start-up
 * warm-up (service/DecisionWarmUp) plays a synthetic floor through the intake's decoding, the engine and the
 * publisher's encoding before the service reports ready; then half a minute of the local run's demo traffic over
 * the sample roster plays the Kafka clients, the journal and the database (not the load test's roster or traffic).
 * So the cache holds the profiles of the decision path without any recorded traffic. Then the service is stopped
 * as a deploy stops it, and the JVM writes the cache; a second start from the cache with {@code -XX:AOTMode=on}
 * (the JVM refuses to start if it cannot use it) must get ready, so a cache this writes is one the service starts
 * from.
 *
 * <pre>ATTUNE_SERVICE_JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 load-tests/train-aot.sh [path/to/quarkus-run.jar]</pre>
 *
 * The service must be packaged as an aot-jar (the script does it): classes that Quarkus's own class loader defines
 * cannot be cached. A cache is valid only for the same JDK and the same jars; a new build needs a new
 * training run, and a stale cache is refused by the JVM with a warning (the service then starts without it).
 */
public final class AotTraining {
    /** Where load-tests/train-aot.sh packages the aot-jar. */
    public static final Path JAR = Path.of("target/quarkus-aot-app/quarkus-run.jar");

    private AotTraining() {
    }

    static final String USAGE = """
            usage: AotTraining [--demo-seconds 30] [--demo-rate 20] [path/to/quarkus-run.jar]
              --demo-seconds N   after the start, N s of the local run's demo traffic over the sample roster, so the
                                 cache also holds the Kafka clients', the journal's and the database's paths (0: none)
              --demo-rate R      its calls per second (at most 50)""";

    record Options(int demoSeconds, double demoRate, Path jar) {
        static Options parse(String[] args) {
            int seconds = 30;
            double rate = 20;
            Path jar = JAR;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--demo-seconds" -> seconds = Integer.parseInt(value(args, ++i));
                    case "--demo-rate" -> rate = Double.parseDouble(value(args, ++i));
                    default -> {
                        if (args[i].startsWith("-") || i != args.length - 1) {
                            throw new IllegalArgumentException("unknown option " + args[i]);
                        }
                        jar = Path.of(args[i]);
                    }
                }
            }
            if (seconds < 0 || seconds > 600 || !(rate > 0 && rate <= 50)) {
                throw new IllegalArgumentException("--demo-seconds must be 0-600 and --demo-rate in (0, 50]");
            }
            return new Options(seconds, rate, jar);
        }

        private static String value(String[] args, int i) {
            if (i >= args.length) {
                throw new IllegalArgumentException(args[i - 1] + " needs a value");
            }
            return args[i];
        }
    }

    public static void main(String[] args) throws Exception {
        Options options = CommandLine.parse(args, USAGE, Options::parse);
        Path jar = options.jar();
        ServiceRuntime runtime = ServiceRuntime.fromEnvironment();
        if (!runtime.makesAotCaches()) {
            throw new IllegalStateException("the service runs on JDK " + runtime.major() + " (" + runtime.javaHome()
                    + "): an AOT cache with method profiles needs JDK " + ServiceRuntime.AOT_PROFILES + " or newer; set "
                    + ServiceRuntime.ENVIRONMENT);
        }
        QuietLogs.apply();
        Path cache = jar.toAbsolutePath().resolveSibling(ServiceRuntime.AOT_CACHE);
        Files.deleteIfExists(cache);
        Instant started = Instant.now();
        try {
            train(runtime, options);
        } catch (Exception | Error e) {
            // A JVM that failed to start still writes a cache as it exits: it must not pass for a trained one.
            Files.deleteIfExists(cache);
            throw e;
        }
        if (!Files.isRegularFile(cache)) {
            throw new IllegalStateException("the training run wrote no " + cache + ": see target/aot-training.log");
        }
        System.out.printf("[aot] wrote %s (%,d MB) in %.1f s%n", cache, Files.size(cache) >> 20,
                Duration.between(started, Instant.now()).toMillis() / 1000.0);
    }

    /** One start and stop that writes the cache, then one start from it that must use it (AOTMode=on) and get ready. */
    private static void train(ServiceRuntime runtime, Options options) throws Exception {
        Path jar = options.jar();
        try (LocalKafka kafka = LocalKafka.start(); LocalPostgres postgres = LocalPostgres.start()) {
            Map<String, String> properties = Map.of(
                    "kafka.bootstrap.servers", kafka.bootstrapServers(),
                    "quarkus.datasource.jdbc.url", postgres.jdbcUrl(),
                    "quarkus.datasource.username", LocalPostgres.USER,
                    "quarkus.datasource.password", LocalPostgres.PASSWORD,
                    // The service runs from the jar's folder (the cache records the class path relative to it).
                    "attune.config-dir", Path.of("config").toAbsolutePath().toString(),
                    "quarkus.otel.sdk.disabled", "true");
            Path log = Path.of("target/aot-training.log");
            System.out.printf("[aot] training run on JDK %d: %s (log %s)%n", runtime.major(), jar, log);
            start(jar, List.of("-XX:AOTCacheOutput=" + ServiceRuntime.AOT_CACHE), properties, log, () -> {
                if (options.demoSeconds() > 0) {
                    try (DemoTraffic demo = new DemoTraffic(kafka.bootstrapServers(), options.demoRate())) {
                        demo.start();
                        Thread.sleep(options.demoSeconds() * 1000L);
                        System.out.println("[aot] demo traffic: " + demo.status());
                    }
                }
                System.out.println("[aot] stopping it to write the cache");
            });
            List<String> fromCache = new ArrayList<>(List.of("-XX:AOTMode=on"));
            fromCache.addAll(runtime.archiveOptions(jar));
            start(jar, fromCache, properties, Path.of("target/aot-check.log"),
                    () -> System.out.println("[aot] it started from the cache"));
        }
    }

    private interface WhileUp {
        void run() throws Exception;
    }

    private static void start(Path jar, List<String> aotOptions, Map<String, String> properties, Path log,
            WhileUp whileUp) throws Exception {
        Instant started = Instant.now();
        List<String> jvm = new ArrayList<>(List.of("-Xmx512m"));
        jvm.addAll(JvmOptions.read(JvmOptions.DEPLOYED, aotOptions));
        try (ServiceJvm service = ServiceJvm.start(jar, 0, jvm, properties, log)) {
            service.awaitReady(Duration.ofMinutes(5));
            System.out.printf("[aot] ready (warm-up played) %.1f s after start%n",
                    Duration.between(started, Instant.now()).toMillis() / 1000.0);
            whileUp.run();
        }
    }
}
