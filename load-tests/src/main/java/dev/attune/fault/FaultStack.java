package dev.attune.fault;

import dev.attune.core.domain.AgentProfile;
import dev.attune.load.BrokerJvm;
import dev.attune.load.JvmOptions;
import dev.attune.load.KafkaClients;
import dev.attune.load.ServiceConfig;
import dev.attune.load.ServiceJvm;
import dev.attune.load.ServiceRuntime;
import dev.attune.local.LocalKeycloak;
import dev.attune.local.LocalPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The processes a fault is done to: a Kafka broker in its own JVM, a PostgreSQL server, and the packaged
 * service in its own JVM, all on loopback. Kills, freezes and restarts them; {@link #close()} stops whatever
 * is left (a frozen process is thawed first, so it can be stopped).
 */
final class FaultStack implements AutoCloseable {
    /** Partitions of every pool-keyed topic. */
    static final int PARTITIONS = 4;
    private final PrintStream log;
    private final BrokerJvm broker;
    private final LocalPostgres postgres;
    /** The sign-in provider, only for a run whose scenarios send REST requests (else null). */
    private final LocalKeycloak keycloak;
    private final Map<String, String> properties = new LinkedHashMap<>();
    private final List<String> jvm;
    /** The class-data archive option, null when there is none or the run asked for none. */
    private final String archiveOption;
    private final Path out;
    private ServiceJvm service;
    /** The other instances of kill1of3, once started. */
    private ThreeInstances three;
    private Instant launchedAt;
    private int starts;

    FaultStack(FaultOptions options, List<AgentProfile> roster, PrintStream log) throws Exception {
        this.log = log;
        this.out = options.out();
        Files.createDirectories(out);
        BrokerJvm startedBroker = null;
        LocalPostgres startedPostgres = null;
        // Keycloak takes the longest to start: beside the broker and the database, and only when a scenario needs it.
        CompletableFuture<LocalKeycloak> startedKeycloak = options.needsRest()
                ? CompletableFuture.supplyAsync(() -> startKeycloak(out.resolve("fault-keycloak.log")))
                : CompletableFuture.completedFuture(null);
        try {
            startedBroker = BrokerJvm.start(out.resolve("fault-broker.log"));
            startedPostgres = LocalPostgres.start();
            startedKeycloak.join();
        } catch (Exception e) {
            closeQuietly(startedKeycloak.exceptionally(failure -> null).join());
            closeQuietly(startedPostgres);
            closeQuietly(startedBroker);
            throw e;
        }
        this.broker = startedBroker;
        this.postgres = startedPostgres;
        this.keycloak = startedKeycloak.join();
        this.jvm = new java.util.ArrayList<>(List.of("-Xmx512m"));
        jvm.addAll(JvmOptions.read(JvmOptions.DEPLOYED, List.of()));
        // The archive the build made of the classes a start loads (docs/operations.md): they are mapped, not
        // loaded and verified one by one, which is most of the JVM's share of a restart.
        String buildArchive = options.classDataSharing()
                ? ServiceRuntime.fromEnvironment().archiveOptions(ServiceJvm.JAR).stream().findFirst().orElse(null)
                : null;
        String chosenArchive = buildArchive;
        try {
            KafkaClients.ensureTopics(broker.bootstrapServers(), PARTITIONS);
            Path config = ServiceConfig.withRoster(options.configDir(), roster, out.resolve("fault-config"));
            properties.put("kafka.bootstrap.servers", broker.bootstrapServers());
            properties.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl());
            properties.put("quarkus.datasource.username", LocalPostgres.USER);
            properties.put("quarkus.datasource.password", LocalPostgres.PASSWORD);
            properties.put("attune.config-dir", config.toAbsolutePath().toString());
            if (keycloak != null) {
                properties.put("quarkus.oidc.auth-server-url", keycloak.issuer());
                log.printf("[fault] sign-in provider (Keycloak) at %s%n", keycloak.issuer());
            }
            if (options.staticMember()) {
                // As deployed (docs/reliability.md, Failover): a restart takes its partitions back without a rebalance.
                properties.put("attune.instance-id", "fault-suite-router");
            }
            if (buildArchive != null && options.recordedCds()) {
                chosenArchive = RecordedArchive.record(jvm, properties, out, buildArchive, log);
            }
        } catch (Exception e) {
            close();
            throw e;
        }
        this.archiveOption = chosenArchive;
        log.printf("[fault] service JVM options: %s%s%n", jvm, archiveOption == null ? "" : " " + archiveOption);
        try {
            startService(true);
        } catch (Exception e) {
            close();
            throw e;
        }
    }

    String bootstrapServers() {
        return broker.bootstrapServers();
    }

    /** The OIDC issuer the services sign in against; null when this run started no provider. */
    String issuer() {
        return keycloak == null ? null : keycloak.issuer();
    }

    private static LocalKeycloak startKeycloak(Path log) {
        try {
            return LocalKeycloak.start(log);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Starts the packaged service; waits for readiness only if asked (after a kill the ACD's clock runs). */
    void startService(boolean awaitReady) throws IOException, InterruptedException {
        startService(awaitReady, true);
    }

    /** @param withArchive false starts this one without the class-data archive (to compare restarts side by side) */
    void startService(boolean awaitReady, boolean withArchive) throws IOException, InterruptedException {
        starts++;
        Path serviceLog = out.resolve("fault-service-" + starts + ".log");
        List<String> options = new java.util.ArrayList<>(jvm);
        if (withArchive && archiveOption != null) {
            options.add(archiveOption);
        }
        launchedAt = Instant.now();
        service = ServiceJvm.start(0, options, properties, serviceLog);
        if (awaitReady) {
            service.awaitReady(Duration.ofMinutes(3));
            log.printf("[fault] service ready at %s (log %s)%n", service.baseUrl(), serviceLog);
        }
    }

    /** Waits (bounded) until the service answers readiness; false if it did not in time. */
    boolean awaitReady(Duration timeout) throws InterruptedException {
        try {
            service.awaitReady(timeout);
            return true;
        } catch (IllegalStateException e) {
            log.println("[fault] " + e.getMessage());
            return false;
        }
    }

    /** The running service's Prometheus text. */
    String metrics() throws IOException, InterruptedException {
        return service.get("/q/metrics").body();
    }

    /** Where the time went between the kill and the first offer the restarted service decided. */
    RestartTimeline restartTimeline(Instant killedAt, Instant firstOfferAt) throws IOException {
        return RestartTimeline.read(service.log(), killedAt, launchedAt, firstOfferAt);
    }

    /**
     * Starts one more instance of the packaged service in the same consumer group, with its own instance id
     * (static membership, as deployed); the caller stops it.
     */
    ServiceJvm startInstance(String instanceId) throws IOException {
        Map<String, String> own = new LinkedHashMap<>(properties);
        own.put("attune.instance-id", instanceId);
        List<String> options = new java.util.ArrayList<>(jvm);
        if (archiveOption != null) {
            options.add(archiveOption);
        }
        return ServiceJvm.start(0, options, own, out.resolve("fault-" + instanceId + ".log"));
    }

    /** The instance id of the main service (null when it joins as a dynamic member). */
    String instanceId() {
        return properties.get("attune.instance-id");
    }

    ServiceJvm service() {
        return service;
    }

    /** The instances of the three-instance scenario (started by it), stopped with the stack. */
    ThreeInstances three() {
        if (three == null) {
            three = new ThreeInstances(this, log);
        }
        return three;
    }

    /** Makes another running instance the main one (its own was killed and stays dead). */
    void replaceService(ServiceJvm running) {
        service = running;
    }

    void killService() {
        ProcessHandle.of(service.pid()).ifPresent(ProcessHandle::destroyForcibly);
        ProcessHandle.of(service.pid()).ifPresent(p -> p.onExit().orTimeout(10, TimeUnit.SECONDS).join());
    }

    void freezeService(boolean frozen) throws IOException, InterruptedException {
        signal(frozen ? "-STOP" : "-CONT", service.pid());
    }

    void freezeBroker(boolean frozen) throws IOException, InterruptedException {
        signal(frozen ? "-STOP" : "-CONT", broker.pid());
    }

    void stopBroker() throws IOException, InterruptedException {
        broker.stopBroker();
    }

    void startBroker() throws IOException, InterruptedException {
        broker.startBroker();
    }

    void stopPostgres() {
        postgres.pause();
    }

    void startPostgres() {
        postgres.resume();
    }

    /**
     * Which of these decisions the journal holds, read straight from its table: what a bank's reviewer would find,
     * whatever the service's own API or its sign-in does. One connection and a query per thousand ids (the overload
     * row checks some 60,000 decisions: one connection each took minutes); none while the database cannot say.
     */
    Set<String> journalled(List<String> decisionIds) {
        Set<String> found = new HashSet<>();
        try (Connection db = DriverManager.getConnection(postgres.jdbcUrl(), LocalPostgres.USER, LocalPostgres.PASSWORD);
                PreparedStatement query = db.prepareStatement(
                        "select decision_id from decision where decision_id = any(?)")) {
            for (int from = 0; from < decisionIds.size(); from += 1_000) {
                List<String> chunk = decisionIds.subList(from, Math.min(decisionIds.size(), from + 1_000));
                query.setArray(1, db.createArrayOf("varchar", chunk.toArray()));
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        found.add(rows.getString(1));
                    }
                }
            }
        } catch (SQLException e) {
            // the database cannot say yet: ask again on the next round
        }
        return found;
    }

    private static void signal(String signal, long pid) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", signal, Long.toString(pid)).inheritIO().start();
        if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
            throw new IOException("kill " + signal + " " + pid + " failed");
        }
    }

    @Override
    public void close() {
        try {
            freezeService(false);
            freezeBroker(false);
        } catch (IOException | InterruptedException | RuntimeException e) {
            // already thawed or gone
        }
        closeQuietly(three);
        closeQuietly(service);
        closeQuietly(postgres);
        closeQuietly(broker);
        closeQuietly(keycloak);
    }

    private void closeQuietly(AutoCloseable resource) {
        try {
            if (resource != null) {
                resource.close();
            }
        } catch (Exception e) {
            log.println("[fault] while stopping: " + e);
        }
    }
}
