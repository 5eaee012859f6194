package dev.attune.fault;

import dev.attune.cli.CommandLine;
import dev.attune.core.domain.AgentProfile;
import dev.attune.core.domain.Catalogue;
import dev.attune.load.CallMix;
import dev.attune.load.LoadRoster;
import dev.attune.load.QuietLogs;
import dev.attune.load.ServiceConfig;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fault suite (issue 11): the packaged service, a Kafka broker and a PostgreSQL server in processes of their
 * own, an ACD that keeps working through every fault, and one scenario after another on the same stack. Prints a
 * row per scenario (calls lost, routed twice, accepted offers rescinded, decisions missing from the journal after
 * recovery, time until routing resumed) and exits 1 if any row misses the targets. Bounded: each scenario by its
 * fault plus --recovery-seconds and --drain-seconds, the run by --max-minutes.
 */
public final class FaultSuite {
    private static final Duration WARM_UP = Duration.ofSeconds(10);
    private static final Duration JOURNAL_CATCH_UP = Duration.ofSeconds(90);

    private final FaultOptions options;
    private final PrintStream out;
    private final Instant deadline;

    private FaultSuite(FaultOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
        this.deadline = Instant.now().plus(Duration.ofMinutes(options.maxMinutes()));
    }

    public static void main(String[] args) throws Exception {
        QuietLogs.apply();
        FaultOptions options = CommandLine.parse(args, FaultOptions.USAGE, FaultOptions::parse);
        System.exit(new FaultSuite(options, System.out).run() ? 0 : 1);
    }

    private boolean run() throws Exception {
        Catalogue catalogue = ServiceConfig.catalogue(options.configDir());
        List<AgentProfile> roster = LoadRoster.generate(options.agents(), catalogue, options.seed());
        if (options.scenarios().contains(Scenario.KILL_ONE_OF_THREE)) {
            // One pool per partition, so each of the three instances owns pools with traffic.
            roster = ThreeInstances.onEveryPartition(roster, FaultStack.PARTITIONS);
        }
        Map<String, String> agentPools = new LinkedHashMap<>();
        roster.forEach(agent -> agentPools.put(agent.id(), agent.poolId()));
        out.printf("[fault] scenarios %s; %d agents, %.1f calls/s, ring ~%d ms, calls of %d ms; outage scale %.2f%n",
                options.scenarios().stream().map(Scenario::option).toList(), options.agents(), options.rate(),
                options.ringMillis(), options.holdMillis(), options.outageScale());
        List<FaultRow> rows = new ArrayList<>();
        try (FaultStack stack = new FaultStack(options, roster, out);
                FaultAcd acd = new FaultAcd(stack.bootstrapServers(), CallMix.servableBy(roster, catalogue), options)) {
            // A TERM (the script's trap, Ctrl-C) still stops the service, broker and database this run started.
            Thread hook = new Thread(stack::close, "fault-suite-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            acd.logIn(agentPools);
            for (Scenario scenario : options.scenarios()) {
                if (Instant.now().isAfter(deadline)) {
                    out.println("[fault] stopping: the run's time budget (--max-minutes) is spent");
                    break;
                }
                FaultRow row = new ScenarioRun(scenario, options, stack, acd, out).run();
                rows.add(row);
                out.println(FaultRow.header());
                out.println(row.row());
            }
        }
        out.println();
        out.println(FaultRow.header());
        rows.forEach(row -> out.println(row.row()));
        boolean met = !rows.isEmpty() && rows.stream().allMatch(FaultRow::meetsTargets);
        out.println(met ? "[fault] every row meets the targets" : "[fault] a row misses the targets (or none ran)");
        return met;
    }

    static Duration warmUp() {
        return WARM_UP;
    }

    static Duration journalCatchUp() {
        return JOURNAL_CATCH_UP;
    }
}
