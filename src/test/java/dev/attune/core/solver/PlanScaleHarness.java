package dev.attune.core.solver;

import dev.attune.cli.CommandLine;
import dev.attune.core.domain.Agent;
import dev.attune.core.domain.AgentProfile;
import dev.attune.core.domain.AgentState;
import dev.attune.core.domain.Call;
import dev.attune.core.domain.CareModel;
import dev.attune.core.domain.EmotionEstimate;
import dev.attune.core.domain.EmotionalLoad;
import dev.attune.core.domain.Product;
import dev.attune.core.domain.RoutingWeights;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * How the planning model scales: snapshot, step-bounded solve, one explanation and one alternatives
 * ranking, for pools of 200 to 10,000 agents. A harness that prints a table of medians, not a test.
 * Run: ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 *      -Dexec.mainClass=dev.attune.core.solver.PlanScaleHarness [-Dexec.args=STEPS]   (0: construction only)
 */
public final class PlanScaleHarness {
    private static final int WARM_UPS = 5;
    private static final int RUNS = 7;

    public static void main(String[] args) {
        RoutingWeights weights = DefaultWeights.load();
        String usage = "usage: PlanScaleHarness [solver steps, 200; 0: construction heuristic only]";
        int steps = CommandLine.positional(args, usage, 0, 1).isEmpty() ? 200
                : CommandLine.parse(args, usage, a -> Integer.parseInt(a[0]));
        RoutingPlanner planner = RoutingPlanner.create(steps == 0
                ? new PlanTermination.Steps(1, 0, 1, 1, 1) // construction heuristic only
                : PlanTermination.reproducible(1, steps, 50));
        System.out.printf("%8s %6s %10s %12s %10s %12s %14s %10s%n", "agents", "calls", "eligible", "snapshot ms",
                "solve ms", "explain ms", "alternatives ms", "served");
        int[][] sizes = {{200, 50}, {2_000, 200}, {2_000, 500}, {10_000, 500}};
        for (int[] size : sizes) {
            Random random = new Random(size[0] * 31L + size[1]);
            List<Agent> agents = agents(size[0], random);
            List<Call> calls = calls(size[1], random);
            double[] snapshot = new double[RUNS];
            double[] solve = new double[RUNS];
            double[] explain = new double[RUNS];
            double[] alternatives = new double[RUNS];
            RoutingPlan solved = null;
            long eligible = 0;
            for (int round = -WARM_UPS; round < RUNS; round++) {
                int run = Math.max(0, round);
                long t0 = System.nanoTime();
                RoutingPlan plan = PlanSnapshot.take(calls, agents, RoutingFixtures.CATALOGUE, CareModel.defaults(),
                        PlanningPolicy.defaults(), weights, RoutingFixtures.NOW);
                long t1 = System.nanoTime();
                solved = planner.solve(plan);
                long t2 = System.nanoTime();
                WaitingCall first = solved.getCalls().stream().filter(WaitingCall::isAssigned).findFirst().orElseThrow();
                planner.explain(solved, first.getId());
                long t3 = System.nanoTime();
                planner.alternatives(solved, first.getId(), 5);
                long t4 = System.nanoTime();
                snapshot[run] = (t1 - t0) / 1e6;
                solve[run] = (t2 - t1) / 1e6;
                explain[run] = (t3 - t2) / 1e6;
                alternatives[run] = (t4 - t3) / 1e6;
                eligible = plan.getCalls().stream().mapToLong(c -> c.getEligibleAgents().size()).sum() / size[1];
            }
            System.out.printf("%8d %6d %10d %12.1f %10.1f %12.2f %14.1f %10d%n", size[0], size[1], eligible,
                    median(snapshot), median(solve), median(explain), median(alternatives),
                    solved.assignments().size());
        }
        System.out.println("eligible = mean pre-filtered value range per call; medians of " + RUNS
                + " runs after " + WARM_UPS + " warm-ups; solve = construction heuristic + " + steps
                + " local-search steps (50 unimproved), seed 1");
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static List<Agent> agents(int count, Random random) {
        String[] skills = {"retirement", "general", "fraud"};
        List<Agent> agents = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Map<String, Integer> agentSkills = new HashMap<>();
            agentSkills.put("general", 1 + random.nextInt(5));
            for (String skill : skills) {
                if (random.nextDouble() < 0.3) {
                    agentSkills.put(skill, 1 + random.nextInt(5));
                }
            }
            Set<String> languages = new HashSet<>(Set.of("en"));
            if (random.nextDouble() < 0.15) {
                languages.add("es");
            }
            Set<String> licences = random.nextDouble() < 0.4 ? Set.of("SERIES_7") : Set.of();
            AgentProfile profile = new AgentProfile("a" + i, "pool", null, agentSkills, languages, licences,
                    random.nextDouble(), 1);
            double roll = random.nextDouble();
            AgentState state = roll < 0.35 ? AgentState.AVAILABLE : roll < 0.85 ? AgentState.BUSY : AgentState.AWAY;
            agents.add(new Agent(profile, state, RoutingFixtures.NOW.minusSeconds(random.nextInt(600)),
                    state == AgentState.BUSY ? 1 : 0,
                    state == AgentState.BUSY ? RoutingFixtures.NOW.plusSeconds(random.nextInt(300)) : null,
                    new EmotionalLoad(random.nextDouble() * 2, RoutingFixtures.NOW.minusSeconds(random.nextInt(900))),
                    random.nextDouble()));
        }
        return agents;
    }

    private static List<Call> calls(int count, Random random) {
        List<Product> products = List.copyOf(RoutingFixtures.CATALOGUE.products());
        List<Call> calls = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Product product = products.get(random.nextInt(products.size()));
            String id = "c" + i;
            EmotionEstimate emotion = random.nextDouble() < 0.7
                    ? new EmotionEstimate(id, random.nextDouble(), random.nextDouble(), random.nextDouble() * 0.5,
                            random.nextDouble(), random.nextDouble() * 2 - 1, random.nextDouble(), 0.8,
                            RoutingFixtures.NOW.minusSeconds(random.nextInt(60)))
                    : null;
            calls.add(new Call(id, "pool", "cust" + i, product.code(), random.nextDouble() < 0.1 ? "es" : "en",
                    random.nextDouble() < 0.1 ? 1 : 0, random.nextDouble() < 0.05, random.nextDouble() * 300_000,
                    null, random.nextDouble() < 0.2 ? "a" + random.nextInt(100) : null,
                    RoutingFixtures.NOW.minusSeconds(random.nextInt(120)), i, Set.of(), emotion));
        }
        return calls;
    }
}
