package dev.attune.simulation.cli;

import dev.attune.simulation.des.Estimate;
import dev.attune.simulation.des.RandomStreams;
import dev.attune.simulation.model.DistributionSpec;
import dev.attune.simulation.multiskill.MultiSkillModel;
import dev.attune.simulation.multiskill.MultiSkillReport;
import dev.attune.simulation.multiskill.MultiSkillSimulation;
import dev.attune.simulation.queueing.ErlangA;
import dev.attune.simulation.queueing.ErlangC;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints the simulator against Erlang C and Erlang A on single-skill FIFO centres (10 agents, mean
 * service 5 min): the numbers behind ErlangFormulasTest, at several loads.
 *
 * <pre>./mvnw -q test-compile exec:java -Dexec.mainClass=dev.attune.simulation.cli.ErlangChecks -Dexec.args="--replications 20"</pre>
 */
public final class ErlangChecks {
    static final double MINUTES = 3000;

    public static void main(String[] args) {
        Map<String, String> options = Options.read("ErlangChecks", args, List.of("replications"));
        int replications = Integer.parseInt(options.getOrDefault("replications", "20"));
        System.out.printf(Locale.ROOT, "%-34s %-36s %10s %22s %s%n", "case", "measure", "formula", "simulated (95% CI)", "");
        for (double rate : new double[] {1.5, 1.7, 1.9}) {
            ErlangC c = new ErlangC(rate, 0.2, 10);
            MultiSkillReport r = run(rate, DistributionSpec.infinite(), replications);
            String name = String.format(Locale.ROOT, "Erlang C, λ=%.1f/min, c=10", rate);
            row(name, "P(wait > 0) %", 100 * c.probabilityOfWaiting(), r.estimate("delayed % [Calls]"));
            row(name, "answered within 20 s %", 100 * c.serviceLevel(20 / 60.0), r.estimate("service level % [Calls]"));
            row(name, "mean wait (min)", c.meanWait(), r.estimate("mean queue time, all contacts [Calls]"));
        }
        for (double rate : new double[] {1.8, 2.0, 2.4}) {
            ErlangA a = new ErlangA(rate, 0.2, 10, 1 / 3.0);
            MultiSkillReport r = run(rate, DistributionSpec.exponential(3), replications);
            String name = String.format(Locale.ROOT, "Erlang A, λ=%.1f/min, c=10, θ=1/3", rate);
            row(name, "P(wait > 0) %", 100 * a.probabilityOfWaiting(), r.estimate("delayed % [Calls]"));
            row(name, "abandoned %", 100 * a.probabilityOfAbandonment(), r.estimate("abandoned % [Calls]"));
            row(name, "mean queue time, all callers (min)", a.meanQueueTime(), r.estimate("mean queue time, all contacts [Calls]"));
        }
    }

    private static void row(String name, String measure, double formula, Estimate simulated) {
        System.out.printf(Locale.ROOT, "%-34s %-36s %10.4f %12.4f ± %7.4f %s%n", name, measure, formula, simulated.mean(),
                simulated.halfWidth(), simulated.contains(formula) ? "inside" : "OUTSIDE");
    }

    private static MultiSkillReport run(double perMinute, DistributionSpec patience, int replications) {
        MultiSkillModel model = new MultiSkillModel("single skill", "Erlang check", 60,
                new MultiSkillModel.Calendar(MINUTES, 2, 1, List.of(0)), 0,
                List.of(new MultiSkillModel.ContactTypeSpec("Calls", List.of(perMinute * MINUTES, 0.0), patience,
                        DistributionSpec.exponential(5), 20)),
                List.of(new MultiSkillModel.AgentGroupSpec("Agents", List.of(10, 10), 0, Map.of())),
                new MultiSkillModel.Routing(Map.of("Calls", List.of(List.of("Agents"))),
                        Map.of("Agents", List.of(List.of("Calls"))))).validated("Erlang check");
        return new MultiSkillSimulation(model, RandomStreams.of(7, MultiSkillSimulation.streamNames(model)), 100)
                .run(replications);
    }
}
