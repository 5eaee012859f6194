package dev.attune.load;

import dev.attune.cli.CommandLine;
import dev.attune.core.domain.Catalogue;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The end-to-end load test: the packaged service in its own JVM, a real Kafka broker, and an ACD plus
 * analytics feed played at stepped arrival rates for each roster size. Prints a table per step, then
 * writes the CSV, the Markdown table and the latency plot. Every run stops by itself.
 *
 * <pre>
 * ./mvnw -q package -DskipTests && ./mvnw -q test-compile
 * ./mvnw -q exec:java -Dexec.mainClass=dev.attune.load.LoadTest -Dexec.args="--agents 2000 --rates 100,200,500"
 * </pre>
 * (load-tests/run-load-test.sh does both.)
 */
public final class LoadTest {

    public static void main(String[] args) throws Exception {
        QuietLogs.apply();
        System.setProperty("java.awt.headless", "true");
        LoadOptions options = CommandLine.parse(args, LoadOptions.USAGE, LoadOptions::parse);
        System.exit(run(options, System.out) ? 0 : 1);
    }

    /** @return false if any step lost a call or offered one twice */
    static boolean run(LoadOptions options, PrintStream out) throws Exception {
        Files.createDirectories(options.out());
        Instant deadline = Instant.now().plus(Duration.ofMinutes(options.maxMinutes()));
        Catalogue catalogue = ServiceConfig.catalogue(options.configDir());
        out.printf("[load] Attune load test: agents %s, rates %s calls/s, %d s per step, occupancy %.0f%%, "
                        + "target p99 <= %.0f ms, broker %s, service -Xmx%s %s, %d cores%n",
                options.agents(), options.rates(), options.stepSeconds(), 100 * options.occupancy(),
                options.targetP99Ms(), options.kafka() == null ? "embedded (started per roster)" : options.kafka(),
                options.heap(), String.join(" ", options.serviceJvmOptions()), Runtime.getRuntime().availableProcessors());
        List<StepResult> results = new ArrayList<>();
        String profile = null;
        for (int agents : options.agents()) {
            if (Instant.now().isAfter(deadline)) {
                out.println("[load] stopping: the run's time budget (--max-minutes) is spent");
                break;
            }
            Optional<StepResult> best = Optional.empty();
            try (LoadRun run = new LoadRun(options, agents, catalogue, out)) {
                List<StepResult> steps = run.steps(deadline);
                results.addAll(steps);
                if (!run.deadLetterReasons().isEmpty()) {
                    out.println("[load] first dead-letter reasons: " + run.deadLetterReasons());
                }
                if (run.lastSendFailure() != null) {
                    out.println("[load] last send failure: " + run.lastSendFailure());
                }
                best = highestSustained(steps);
            } catch (Exception e) {
                out.printf("[load] the %,d-agent run failed: %s%n", agents, e);
            }
            Optional<Double> profiled = options.jfrRate() > 0 ? Optional.of(options.jfrRate())
                    : best.map(StepResult::askedRate);
            if (agents == options.jfrAgents() && profiled.isPresent() && Instant.now().isBefore(deadline)) {
                // On a fresh stack: the stack that just ran is still working off the step that failed.
                out.printf("[load] profiling a fresh service with Java Flight Recorder at %.0f calls/s%n",
                        profiled.get());
                try (LoadRun run = new LoadRun(options, agents, catalogue, out)) {
                    profile = run.profile(profiled.get());
                    out.println(profile);
                } catch (Exception e) {
                    out.printf("[load] the profiled %,d-agent run failed: %s%n", agents, e);
                }
            }
        }
        return report(options, results, profile, out);
    }

    private static boolean report(LoadOptions options, List<StepResult> results, String profile, PrintStream out)
            throws Exception {
        if (results.isEmpty()) {
            out.println("[load] no step completed");
            return false;
        }
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path csv = options.out().resolve("load-test-" + stamp + ".csv");
        Path markdown = options.out().resolve("load-test-" + stamp + ".md");
        LoadReport.writeCsv(results, csv);
        LoadReport.writeCsv(results, options.out().resolve("load-test-latest.csv"));
        StringBuilder md = new StringBuilder(LoadReport.markdown(results, options.targetP99Ms()));
        if (profile != null) {
            md.append("\n```\n").append(profile).append("```\n");
            Files.writeString(options.out().resolve("hot-methods-" + stamp + ".txt"), profile);
        }
        Files.writeString(markdown, md);
        LoadReport.plot(results, options.targetP99Ms(),
                List.of(options.out().resolve("load-test-latency.png"), options.plot()));
        out.println();
        out.println(LoadReport.header());
        results.forEach(r -> out.println(LoadReport.row(r, options.targetP99Ms())));
        out.println();
        boolean allMet = true;
        for (int agents : options.agents()) {
            List<StepResult> steps = results.stream().filter(r -> r.agents() == agents).toList();
            Optional<StepResult> latency = steps.stream().filter(r -> r.meets(options.targetP99Ms()))
                    .max(Comparator.comparingDouble(StepResult::askedRate));
            Optional<StepResult> sustained = highestSustained(steps);
            double heap = steps.stream().mapToDouble(StepResult::heapMaxMb).max().orElse(Double.NaN);
            out.printf("[load] %,6d agents: p99 <= %.0f ms up to %s calls/s; sustained up to %s calls/s; "
                            + "service heap max %.0f MB%n", agents, options.targetP99Ms(),
                    latency.map(r -> String.format("%.0f", r.askedRate())).orElse("(none)"),
                    sustained.map(r -> String.format("%.0f", r.askedRate())).orElse("(none)"), heap);
            allMet &= steps.stream().noneMatch(r -> r.lost() > 0 || r.duplicated() > 0);
        }
        out.printf("[load] wrote %s, %s, %s and %s%n", csv, markdown, options.out().resolve("load-test-latency.png"),
                options.plot());
        return allMet;
    }

    private static Optional<StepResult> highestSustained(List<StepResult> steps) {
        return steps.stream().filter(StepResult::sustained).max(Comparator.comparingDouble(StepResult::askedRate));
    }
}
