package dev.attune.simulation.learning;

import dev.attune.core.domain.CallOutcome;
import dev.attune.learning.ServedCall;
import dev.attune.simulation.day.OutcomeModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A floor reduced to what proficiency learning needs: agents with a hidden true level (1-5, continuous) in each of
 * four products, a QA level = round(truth + noise), a hidden true empathy and a QA empathy; calls arrive in bursts of
 * 1-3 to a few free agents, and a router gives the highest-stakes call of a burst the free agent with the highest
 * level in its product (Attune's "proficiency where stakes are high"), or, blind, takes free agents in idle order.
 * Outcomes follow the outcome model with the answering agent's true shortfall and empathy. Day d of a seed draws the
 * same bursts, callers and outcome uniforms whatever the routing (common random numbers).
 */
public final class ProficiencyFloor {
    public static final List<String> PRODUCTS = List.of("CARD_SERVICES", "FRAUD_DISPUTE", "MORTGAGE_HARDSHIP",
            "GENERAL");
    private static final int MAX_BURST = 3;
    private static final int MAX_EXTRA_FREE = 4;
    private static final double MINUTES_WAITED = 0.5;

    /** One agent's hidden truth and what QA configured. */
    public record Agent(String id, double trueEmpathy, double qaEmpathy, Map<String, Double> trueLevels,
            Map<String, Integer> configured) {
    }

    /**
     * One day under one routing: the calls as the journal would hold them, the stakes-weighted true level of the
     * answering agent in the call's product (Σ stakes × true level / Σ stakes), and the expected resolution and
     * complaint rates (the outcome model's probabilities, averaged, so the routings' figures carry no outcome noise).
     */
    public record Day(List<ServedCall> served, double proficiencyMatch, double resolution, double complaint) {
    }

    private record Caller(String product, double care, double stakes, double resolveU, double complaintU) {
    }

    private final OutcomeModel outcome;
    private final int callsPerDay;
    private final long seed;
    private final List<Agent> agents;

    public ProficiencyFloor(int agentCount, int callsPerDay, double qaLevelNoiseSd, OutcomeModel outcome, long seed) {
        this.outcome = outcome;
        this.callsPerDay = callsPerDay;
        this.seed = seed;
        SplittableRandom random = new SplittableRandom(seed);
        List<Agent> drawn = new ArrayList<>();
        for (int a = 0; a < agentCount; a++) {
            double empathy = clamp(0.6 + 0.15 * gaussian(random), 0, 1);
            Map<String, Double> truth = new HashMap<>();
            Map<String, Integer> configured = new HashMap<>();
            for (String product : PRODUCTS) {
                double level = clamp(3 + gaussian(random), 1, 5);
                truth.put(product, level);
                configured.put(product, (int) Math.round(clamp(level + qaLevelNoiseSd * gaussian(random), 1, 5)));
            }
            drawn.add(new Agent(String.format("agent-%03d", a + 1), empathy,
                    clamp(empathy + 0.15 * gaussian(random), 0, 1), Map.copyOf(truth), Map.copyOf(configured)));
        }
        this.agents = List.copyOf(drawn);
    }

    public List<Agent> agents() {
        return agents;
    }

    /** Simulates day {@code day} routed on {@code levels} (agent → product → level), or blind when null. */
    public Day day(int day, Map<String, Map<String, Double>> levels) {
        SplittableRandom random = new SplittableRandom(seed * 7919 + day + 1);
        List<ServedCall> served = new ArrayList<>(callsPerDay);
        double stakesLevel = 0;
        double stakes = 0;
        double resolution = 0;
        double complaint = 0;
        while (served.size() < callsPerDay) {
            List<Caller> burst = burst(random);
            List<Agent> free = freeAgents(random, burst.size());
            if (levels != null) {
                burst.sort(Comparator.comparingDouble(Caller::stakes).reversed());
            }
            for (Caller caller : burst) {
                Agent agent = levels == null ? free.get(0) : best(free, caller.product(), levels);
                free.remove(agent);
                double unmetCare = caller.care() * (1 - agent.trueEmpathy());
                double shortfall = (5 - agent.trueLevels().get(caller.product())) / 4;
                double resolves = outcome.resolutionProbability(unmetCare, shortfall, MINUTES_WAITED);
                boolean resolved = caller.resolveU() < resolves;
                boolean complained = caller.complaintU() < outcome.complaintProbability(unmetCare, shortfall,
                        caller.stakes(), MINUTES_WAITED, resolved);
                served.add(new ServedCall(agent.id(), caller.product(), caller.care(), caller.stakes(), Double.NaN,
                        complained ? CallOutcome.COMPLAINT : resolved ? CallOutcome.RESOLVED : CallOutcome.CALLBACK,
                        null, Double.NaN));
                stakesLevel += caller.stakes() * agent.trueLevels().get(caller.product());
                stakes += caller.stakes();
                resolution += resolves;
                complaint += resolves * outcome.complaintProbability(unmetCare, shortfall, caller.stakes(),
                        MINUTES_WAITED, true) + (1 - resolves) * outcome.complaintProbability(unmetCare, shortfall,
                        caller.stakes(), MINUTES_WAITED, false);
            }
        }
        return new Day(served, stakesLevel / stakes, resolution / served.size(), complaint / served.size());
    }

    /** The free agent with the highest level in the product; the longest idle among equals. */
    private static Agent best(List<Agent> free, String product, Map<String, Map<String, Double>> levels) {
        Agent best = free.get(0);
        for (Agent agent : free) {
            if (levels.get(agent.id()).get(product) > levels.get(best.id()).get(product)) {
                best = agent;
            }
        }
        return best;
    }

    private List<Caller> burst(SplittableRandom random) {
        int size = 1 + random.nextInt(MAX_BURST);
        List<Caller> burst = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            burst.add(new Caller(PRODUCTS.get(random.nextInt(PRODUCTS.size())), Math.pow(random.nextDouble(), 1.5),
                    random.nextDouble(), random.nextDouble(), random.nextDouble()));
        }
        return burst;
    }

    /** Free agents in idle order: a random sample without replacement, a few more than the burst needs. */
    private List<Agent> freeAgents(SplittableRandom random, int needed) {
        int count = Math.min(agents.size(), needed + random.nextInt(MAX_EXTRA_FREE + 1));
        List<Agent> pool = new ArrayList<>(agents);
        List<Agent> free = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            free.add(pool.remove(random.nextInt(pool.size())));
        }
        return free;
    }

    private static double gaussian(SplittableRandom random) {
        double u = Math.max(1e-12, random.nextDouble());
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    private static double clamp(double v, double low, double high) {
        return Math.max(low, Math.min(high, v));
    }
}
