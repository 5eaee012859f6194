package dev.attune.load;

import dev.attune.cli.CommandLine;
import dev.attune.core.domain.AgentProfile;
import dev.attune.core.domain.Catalogue;
import java.io.PrintStream;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The load test's steps with {@link StubRouter} in the service's place: what the rig alone (the broker, the
 * generator playing the ACD and the analytics feed, a router that does next to nothing) costs this machine, and
 * whether it keeps pace. What is left of the machine beside it is what the service can have; run
 * {@code load-tests/cpu-by-thread.py sample} beside it for the CPU of each process (docs/load-test.md).
 *
 * <pre>MAIN_CLASS=dev.attune.load.RigFloor load-tests/run-load-test.sh --agents 2000 --rates 300,1000 --step-seconds 60</pre>
 *
 * Takes the load test's options; those about the service (its jar, JVM, properties, profile, cold steps) do not
 * apply and are ignored. Each roster size gets a fresh broker in its own JVM, as in the load test.
 */
public final class RigFloor {
    static final String USAGE = """
            RigFloor: the load test's steps against a stub router instead of the service (the rig's own cost).
            Options as LoadTest's (below); the service's own are ignored.
            """ + LoadOptions.USAGE;

    private RigFloor() {
    }

    public static void main(String[] args) throws Exception {
        QuietLogs.apply();
        LoadOptions options = CommandLine.parse(args, USAGE, LoadOptions::parse);
        System.exit(run(options, System.out) ? 0 : 1);
    }

    /** @return false if any step lost a call or offered one twice */
    static boolean run(LoadOptions options, PrintStream out) throws Exception {
        Files.createDirectories(options.out());
        Catalogue catalogue = ServiceConfig.catalogue(options.configDir());
        List<StepResult> results = new ArrayList<>();
        for (int agents : options.agents()) {
            List<AgentProfile> roster = options.channelMix().staff(LoadRoster.generate(agents, catalogue, options.seed()));
            try (BrokerJvm broker = options.kafka() == null
                    ? BrokerJvm.start(options.out().resolve("broker-rig-" + agents + ".log")) : null) {
                String bootstrap = broker == null ? options.kafka() : broker.bootstrapServers();
                try (LoadSession session = new LoadSession(bootstrap, roster,
                        CallMix.servableBy(roster, catalogue).onChannels(options.channelMix()), options.seed(),
                        options.pingRate());
                     StubRouter router = new StubRouter(bootstrap, 0, 0)) {
                    session.logIn(Duration.ofSeconds(60), null);
                    out.printf("[rig] %,d agents logged in, stub router in the service's place%n", agents);
                    out.println(LoadReport.header());
                    for (double rate : options.rates()) {
                        StepResult step = session.step(rate, options.stepSeconds(), options.occupancy(),
                                Duration.ofSeconds(options.drainSeconds()), null, () -> true);
                        results.add(step);
                        out.println(LoadReport.row(step, options.targetP99Ms()));
                    }
                }
            }
        }
        return results.stream().allMatch(step -> step.lost() == 0 && step.duplicated() == 0);
    }
}
