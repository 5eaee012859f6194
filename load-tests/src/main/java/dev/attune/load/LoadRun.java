package dev.attune.load;

import dev.attune.core.domain.AgentProfile;
import dev.attune.core.domain.Catalogue;
import dev.attune.local.LocalKafka;
import dev.attune.local.LocalPostgres;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * One roster size against a freshly started service: an empty broker (unless an external one was given)
 * and database, the packaged service in its own JVM knowing exactly the generated roster, and a load
 * session. Then a warm-up and the rate steps.
 */
final class LoadRun implements AutoCloseable {
    private final LoadOptions options;
    private final int agents;
    private final PrintStream log;
    private final List<AutoCloseable> resources = new ArrayList<>();
    private ServiceJvm service;
    private final List<String> serviceJvm;
    private final Map<String, String> serviceProperties;
    private final LoadSession session;
    private final Callable<String> metrics;

    LoadRun(LoadOptions options, int agents, Catalogue catalogue, PrintStream log) throws Exception {
        this.options = options;
        this.agents = agents;
        this.log = log;
        try {
            List<AgentProfile> roster = options.channelMix().staff(LoadRoster.generate(agents, catalogue, options.seed()));
            String bootstrap = options.kafka();
            if (bootstrap == null && options.brokerJvm()) {
                Files.createDirectories(options.out());
                BrokerJvm broker = BrokerJvm.start(options.out().resolve("broker-" + agents + ".log"));
                resources.add(0, broker);
                bootstrap = broker.bootstrapServers();
            } else if (bootstrap == null) {
                LocalKafka kafka = LocalKafka.start();
                resources.add(0, kafka);
                bootstrap = kafka.bootstrapServers();
            }
            LocalPostgres postgres = LocalPostgres.start();
            resources.add(0, postgres);
            KafkaClients.ensureTopics(bootstrap, 4);
            Path config = ServiceConfig.withRoster(options.configDir(), roster, options.out().resolve("config-" + agents));
            Map<String, String> properties = new LinkedHashMap<>();
            properties.put("kafka.bootstrap.servers", bootstrap);
            properties.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl());
            properties.put("quarkus.datasource.username", LocalPostgres.USER);
            properties.put("quarkus.datasource.password", LocalPostgres.PASSWORD);
            properties.put("attune.config-dir", config.toAbsolutePath().toString());
            properties.putAll(options.serviceProperties());
            Path serviceLog = options.out().resolve("service-" + agents + ".log");
            List<String> jvm = new ArrayList<>();
            jvm.add("-Xmx" + options.heap());
            jvm.addAll(options.serviceJvmOptions());
            if (jvm.stream().noneMatch(ServiceJvm::namesArchive)) {
                // As deployed (docs/operations.md): the build's class-data archive, or on JDK 25 its trained AOT cache.
                jvm.addAll(ServiceRuntime.fromEnvironment().archiveOptions(options.serviceJar()));
            }
            log.printf("[load] %,d agents: starting the packaged service on JDK %d (%s, log %s)%n", agents,
                    ServiceRuntime.fromEnvironment().major(), String.join(" ", jvm), serviceLog);
            Instant started = Instant.now();
            this.serviceJvm = jvm;
            this.serviceProperties = properties;
            this.service = ServiceJvm.start(options.serviceJar(), 0, jvm, properties,
                    serviceLog);
            resources.add(0, () -> service.close()); // the one running, after a restart too
            // A start took 146 s at load average 40 on two cores: five minutes before giving up.
            service.awaitReady(Duration.ofMinutes(5));
            log.printf("[load] service ready in %.1f s at %s%n",
                    Duration.between(started, Instant.now()).toMillis() / 1000.0, service.baseUrl());
            this.metrics = () -> service.get("/q/metrics").body();
            this.session = new LoadSession(bootstrap, roster,
                    CallMix.servableBy(roster, catalogue).onChannels(options.channelMix()), options.seed(),
                    options.pingRate());
            resources.add(0, session);
            session.logIn(Duration.ofSeconds(120), metrics);
        } catch (Exception e) {
            close();
            throw e;
        }
    }

    /**
     * The cold step (straight after ready, as after a deploy) and the same rate warm, then each rate until one
     * is not sustained or its p99 passes the stop line. An unreported warm-up only if --warmup-seconds asks.
     */
    List<StepResult> steps(Instant runDeadline) throws Exception {
        if (options.warmupSeconds() > 0) {
            log.printf("[load] %,d agents: warm-up %d s at %.0f calls/s (unreported)%n", agents,
                    options.warmupSeconds(), options.warmupRate());
            step("", options.warmupRate(), options.warmupSeconds());
        }
        List<StepResult> results = new ArrayList<>();
        if (options.coldRate() > 0) {
            if (options.coldAfterRestart()) {
                log.printf("[load] %,d agents: %d s at %.0f calls/s (unreported) to warm the broker, the database and the"
                        + " generator, then a restart of the service%n", agents, options.stepSeconds(), options.coldRate());
                step("", options.coldRate(), options.stepSeconds());
                restartService();
            }
            StepResult cold = step("cold", options.coldRate(), options.stepSeconds());
            StepResult warm = step("warm", options.coldRate(), options.stepSeconds());
            results.add(cold);
            results.add(warm);
            log.println(LoadReport.header());
            log.println(LoadReport.row(cold, options.targetP99Ms()));
            log.println(LoadReport.row(warm, options.targetP99Ms()));
            log.println(LoadReport.warmStart(cold, warm));
        }
        log.println(LoadReport.header());
        for (double rate : options.rates()) {
            if (Instant.now().plusSeconds(options.stepSeconds() + options.drainSeconds()).isAfter(runDeadline)) {
                log.println("[load] stopping: the run's time budget (--max-minutes) is spent");
                break;
            }
            StepResult result = step("", rate, options.stepSeconds());
            results.add(result);
            log.println(LoadReport.row(result, options.targetP99Ms()));
            if (!service.isAlive()) {
                log.printf("[load] the service exited (code %d): see %s%n", service.exitValue(), service.log());
                break;
            }
            if (!result.keptPace() || !(result.p99() <= options.stopP99Ms())) {
                if (!result.errorDetail().isEmpty()) {
                    log.println("[load] errors: " + result.errorDetail());
                }
                break;
            }
        }
        return results;
    }

    /** Warms up, then runs one rate with Java Flight Recorder on in the service and summarises its hot methods. */
    String profile(double rate) throws Exception {
        step("", options.coldRate() > 0 ? options.coldRate() : options.warmupRate(), options.stepSeconds());
        Path recording = options.out().resolve("service-" + agents + "-" + (int) rate + ".jfr").toAbsolutePath();
        Files.deleteIfExists(recording);
        service.jcmd("JFR.start", "name=load", "settings=profile", "filename=" + recording);
        StepResult result = step("", rate, options.stepSeconds());
        service.jcmd("JFR.stop", "name=load");
        log.printf("[load] profiled step: %s%n", LoadReport.row(result, options.targetP99Ms()));
        return HotMethods.summarize(recording, 15);
    }

    /**
     * Stops the service as a deploy does (SIGTERM, then a new JVM with the same options, database and topics) and
     * waits until the new one reports ready: it has rebuilt its pools from the topics' history and warmed up.
     */
    private void restartService() throws Exception {
        Instant stopping = Instant.now();
        service.close();
        Path restartLog = options.out().resolve("service-" + agents + "-restarted.log");
        service = ServiceJvm.start(options.serviceJar(), 0, serviceJvm, serviceProperties, restartLog);
        service.awaitReady(Duration.ofMinutes(5));
        log.printf("[load] service restarted and ready %.1f s after the stop (log %s)%n",
                Duration.between(stopping, Instant.now()).toMillis() / 1000.0, restartLog);
    }

    private StepResult step(String phase, double rate, int seconds) throws InterruptedException {
        StepResult result = session.step(phase, seconds < StepResult.JUDGED_SECONDS, rate, seconds,
                options.occupancy(), Duration.ofSeconds(options.drainSeconds()), metrics, service::isAlive);
        if (!options.channelMix().voiceOnly()) {
            log.print(ChannelReport.of(session.lastStepTallies(), options.channelMix(), rate));
        }
        if (phase.equals("cold") || !result.keptPace()) {
            // where a step falls behind, and whether it recovers: the first minute after a start above all
            log.print(LoadReport.timeline(result, session.lastStepTallies().timeline()));
        }
        return result;
    }

    List<String> deadLetterReasons() {
        return session.deadLetterReasons();
    }

    String lastSendFailure() {
        return session.lastSendFailure();
    }

    @Override
    public void close() {
        for (AutoCloseable resource : resources) {
            try {
                resource.close();
            } catch (Exception e) {
                log.println("[load] while stopping: " + e);
            }
        }
        resources.clear();
    }
}
