package dev.attune.load.text;

import dev.attune.cli.CommandLine;
import dev.attune.load.BrokerJvm;
import dev.attune.load.JvmOptions;
import dev.attune.load.KafkaClients;
import dev.attune.load.QuietLogs;
import dev.attune.load.ServiceJvm;
import dev.attune.local.LocalPostgres;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * The text estimator end to end through Kafka: an embedded broker (own JVM), PostgreSQL and the packaged
 * service; a chat gateway sends caller utterances to acd.transcripts at stepped rates and reads the
 * emotion.estimated events the service publishes. Prints, per step, estimates published per second and the
 * utterance-to-estimate latency, and writes the table to load-tests/out/. Stops by itself (--max-minutes).
 * <pre>
 * load-tests/run-text-load-test.sh --rates 500,1000,2000,3000
 * </pre>
 */
public final class TranscriptLoadTest {
    private TranscriptLoadTest() {
    }

    public static void main(String[] args) throws Exception {
        QuietLogs.apply();
        TranscriptLoadOptions options = CommandLine.parse(args, TranscriptLoadOptions.USAGE, TranscriptLoadOptions::parse);
        System.exit(run(options, System.out) ? 0 : 1);
    }

    static boolean run(TranscriptLoadOptions options, PrintStream out) throws Exception {
        Files.createDirectories(options.out());
        Instant deadline = Instant.now().plus(Duration.ofMinutes(options.maxMinutes()));
        List<String> texts = SpokenTexts.load(options.data());
        out.printf("[text-load] %,d texts from %s; rates %s utterances/s, %d s per step, %d chats, %d cores; "
                        + "builds %s, %d round(s)%n", texts.size(), SpokenTexts.source(options.data()), options.rates(),
                options.stepSeconds(), options.calls(), Runtime.getRuntime().availableProcessors(),
                options.serviceJars(), options.rounds());
        List<String> rows = new ArrayList<>();
        boolean noDuplicates = true;
        for (int round = 1; round <= options.rounds(); round++) {
            for (Map.Entry<String, Path> build : options.serviceJars().entrySet()) {
                out.printf("[text-load] round %d: %s (%s)%n", round, build.getKey(), build.getValue());
                List<TranscriptStep> steps = runBuild(options, build, texts, deadline, out);
                for (TranscriptStep step : steps) {
                    rows.add("| " + build.getKey() + " | " + round + " " + step.row());
                    noDuplicates &= step.duplicates() == 0;
                }
            }
        }
        return report(options, rows, out) && noDuplicates;
    }

    /** One build on a fresh broker and database: warm-up, the rate steps, then the profiled step if asked. */
    private static List<TranscriptStep> runBuild(TranscriptLoadOptions options, Map.Entry<String, Path> build,
            List<String> texts, Instant deadline, PrintStream out) throws Exception {
        List<TranscriptStep> steps = new ArrayList<>();
        try (BrokerJvm broker = BrokerJvm.start(options.out().resolve("text-load-broker.log"));
                LocalPostgres postgres = LocalPostgres.start()) {
            String bootstrap = broker.bootstrapServers();
            KafkaClients.ensureTopics(bootstrap, 4);
            createTranscriptTopic(bootstrap, 4);
            try (ServiceJvm service = startService(options, build.getValue(), bootstrap, postgres, out);
                    TranscriptTraffic traffic = new TranscriptTraffic(bootstrap, texts, options.calls(),
                            capacity(options))) {
                awaitFirstEstimate(traffic, out);
                TranscriptStep warmUp = step(traffic, service, options.rates().get(0), options.warmupSeconds(),
                        options.keptUpMs());
                out.printf("[text-load] warm-up (not reported): %s%n", warmUp.row());
                out.println(TranscriptStep.header());
                for (double rate : options.rates()) {
                    if (Instant.now().plusSeconds(options.stepSeconds() + 30).isAfter(deadline)) {
                        out.println("[text-load] stopping: the run's time budget (--max-minutes) is spent");
                        break;
                    }
                    TranscriptStep result = step(traffic, service, rate, options);
                    steps.add(result);
                    out.println(result.row());
                    if (!service.isAlive() || !result.sustained()) {
                        break;
                    }
                }
                out.println("[text-load] the service's own reading time: " + readingTime(service));
                out.printf("[text-load] send failures: %d%n", traffic.sendFailures());
                if (options.jfrRate() > 0 && service.isAlive()) {
                    out.print(profile(options, build.getKey(), traffic, service));
                }
            }
        }
        return steps;
    }

    /** One more step with Java Flight Recorder on in the service, summarised by stage of the transcript path. */
    private static String profile(TranscriptLoadOptions options, String label, TranscriptTraffic traffic,
            ServiceJvm service) throws Exception {
        Path recording = options.out().resolve("text-load-" + label + ".jfr").toAbsolutePath();
        Files.deleteIfExists(recording);
        service.jcmd("JFR.start", "name=text", "settings=profile", "filename=" + recording);
        TranscriptStep result = step(traffic, service, options.jfrRate(), options);
        service.jcmd("JFR.stop", "name=text");
        String summary = "[text-load] profiled step (JFR, " + recording + "):\n" + TranscriptStep.header() + "\n"
                + result.row() + "\n" + TranscriptProfile.summarize(recording, 20);
        Files.writeString(options.out().resolve("text-profile-" + label + ".txt"), summary);
        return summary;
    }

    private static TranscriptStep step(TranscriptTraffic traffic, ServiceJvm service, double rate,
            TranscriptLoadOptions options) throws InterruptedException {
        return step(traffic, service, rate, options.stepSeconds(), options.keptUpMs());
    }

    private static TranscriptStep step(TranscriptTraffic traffic, ServiceJvm service, double rate, int seconds,
            double keptUpMs) throws InterruptedException {
        double cpuBefore = cpuSeconds(service.pid());
        long publishedBefore = traffic.published();
        long start = System.nanoTime();
        TranscriptTraffic.Window w = traffic.send(rate, seconds);
        long sent = w.to - w.from;
        long drainEnd = System.nanoTime() + 30_000_000_000L;
        while (traffic.received(w) < sent && System.nanoTime() < drainEnd) {
            Thread.sleep(20);
        }
        return TranscriptStep.of(rate, seconds, sent, traffic.received(w), traffic.duplicates(w),
                traffic.published() - publishedBefore, (System.nanoTime() - start) / 1e9, traffic.latency(w),
                cpuSeconds(service.pid()) - cpuBefore,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), keptUpMs);
    }

    /** User + system CPU time of a process so far, from /proc (Linux; NaN elsewhere). */
    static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields[11] and [12] are utime and stime (fields 14 and 15 of proc(5)), in clock ticks of 1/100 s
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        } catch (Exception notLinux) {
            return Double.NaN;
        }
    }

    /** One utterance at a time until its estimate comes back: the service's consumer group has joined. */
    private static void awaitFirstEstimate(TranscriptTraffic traffic, PrintStream out) throws InterruptedException {
        Instant started = Instant.now();
        Instant deadline = started.plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            TranscriptTraffic.Window probe = traffic.send(1, 1);
            long wait = System.nanoTime() + 10_000_000_000L;
            while (traffic.received(probe) == 0 && System.nanoTime() < wait) {
                Thread.sleep(50);
            }
            if (traffic.received(probe) > 0) {
                out.printf("[text-load] first estimate after %.1f s%n",
                        Duration.between(started, Instant.now()).toMillis() / 1000.0);
                return;
            }
        }
        throw new IllegalStateException("no estimate within 3 minutes: see the service's log");
    }

    private static ServiceJvm startService(TranscriptLoadOptions options, Path jar, String bootstrap,
            LocalPostgres postgres, PrintStream out) throws Exception {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("kafka.bootstrap.servers", bootstrap);
        properties.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl());
        properties.put("quarkus.datasource.username", LocalPostgres.USER);
        properties.put("quarkus.datasource.password", LocalPostgres.PASSWORD);
        List<String> jvm = new ArrayList<>(List.of("-Xmx" + options.heap()));
        jvm.addAll(JvmOptions.read(JvmOptions.DEPLOYED, List.of()));
        Path log = options.out().resolve("text-load-service.log");
        Instant started = Instant.now();
        ServiceJvm service = ServiceJvm.start(jar, 0, jvm, properties, log);
        try {
            service.awaitReady(Duration.ofMinutes(3));
        } catch (RuntimeException | InterruptedException e) {
            service.close();
            throw e;
        }
        out.printf("[text-load] service ready in %.1f s (%s, log %s)%n",
                Duration.between(started, Instant.now()).toMillis() / 1000.0, String.join(" ", jvm), log);
        return service;
    }

    /** The transcript topic shares the pool-keyed topics' partition count (range assignment with acd.calls). */
    private static void createTranscriptTopic(String bootstrap, int partitions) throws Exception {
        try (Admin admin = KafkaClients.admin(bootstrap)) {
            if (!admin.listTopics().names().get().contains(TranscriptTraffic.TRANSCRIPTS)) {
                admin.createTopics(List.of(new NewTopic(TranscriptTraffic.TRANSCRIPTS, partitions, (short) 1)))
                        .all().get();
            }
        }
    }

    private static int capacity(TranscriptLoadOptions options) {
        double total = options.rates().get(0) * options.warmupSeconds();
        for (double rate : options.rates()) {
            total += rate * options.stepSeconds();
        }
        return (int) Math.min(Integer.MAX_VALUE - 16, total * 1.1 + 1000);
    }

    /** attune_text_estimate_seconds quantiles from the service's metrics (time to read one utterance). */
    private static String readingTime(ServiceJvm service) {
        try {
            List<String> lines = service.get("/q/metrics").body().lines()
                    .filter(l -> l.startsWith("attune_text_estimate_seconds{") && l.contains("quantile")).toList();
            return lines.isEmpty() ? "(not reported)" : String.join("; ", lines);
        } catch (Exception e) {
            return "(metrics unreadable: " + e + ")";
        }
    }

    private static boolean report(TranscriptLoadOptions options, List<String> rows, PrintStream out)
            throws Exception {
        if (rows.isEmpty()) {
            out.println("[text-load] no step completed");
            return false;
        }
        String[] header = TranscriptStep.header().split("\n");
        StringBuilder md = new StringBuilder("| build | round " + header[0] + "\n|---|---:" + header[1] + "\n");
        rows.forEach(r -> md.append(r).append('\n'));
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path file = options.out().resolve("text-load-" + stamp + ".md");
        Files.writeString(file, md);
        out.println();
        out.print(md);
        out.printf("[text-load] wrote %s%n", file);
        return true;
    }
}
