package dev.attune.simulation.learning;

import dev.attune.core.domain.CallOutcome;
import dev.attune.core.domain.Product;
import dev.attune.core.domain.Proficiency;
import dev.attune.learning.ServedCall;
import dev.attune.simulation.day.OutcomeModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * A contact-centre floor reduced to what empathy learning needs: calls arrive in small bursts to a few
 * free agents; a router gives the neediest call of a burst the best-scored free agent (which maximises
 * Σ care × score over the burst), or, empathy-blind, takes free agents in idle order. Outcomes follow
 * the outcome model with the agent's hidden true empathy. Day d of a seed draws the same bursts, callers
 * and outcome uniforms whatever the routing (common random numbers), so routings differ only by choice.
 */
public final class SimulatedFloor {
    private final LearningMonth month;
    private final List<Product> products;
    private final OutcomeModel outcome;
    private final List<SimulatedAgent> agents;
    private final long seed;

    public SimulatedFloor(LearningMonth month, List<Product> products, OutcomeModel outcome, long seed) {
        this.month = month;
        this.products = List.copyOf(products);
        this.outcome = outcome;
        this.seed = seed;
        this.agents = drawAgents(new Well19937c(seed));
    }

    public List<SimulatedAgent> agents() {
        return agents;
    }

    /**
     * Simulates day {@code day}; {@code scores} are the empathy scores the router uses, or null for an
     * empathy-blind (longest-idle) router.
     */
    public FloorDay day(int day, Map<String, Double> scores) {
        RandomGenerator random = new Well19937c(seed * 7919 + day + 1);
        List<ServedCall> served = new ArrayList<>(month.callsPerDay());
        double careEmpathy = 0;
        double care = 0;
        while (served.size() < month.callsPerDay()) {
            List<Caller> burst = burst(random);
            List<SimulatedAgent> free = freeAgents(random, burst.size());
            if (scores != null) {
                burst.sort(Comparator.comparingDouble(Caller::care).reversed());
                free.sort(Comparator.comparingDouble((SimulatedAgent a) -> scores.get(a.id())).reversed());
            }
            for (int i = 0; i < burst.size(); i++) {
                Caller caller = burst.get(i);
                SimulatedAgent agent = free.get(i);
                served.add(serve(caller, agent));
                careEmpathy += caller.care() * agent.trueEmpathy();
                care += caller.care();
            }
        }
        return new FloorDay(served, careEmpathy / care);
    }

    /** A caller and the uniforms that decide its outcome, drawn before anyone is chosen. */
    private record Caller(Product product, double distress, double stakes, double care, double resolveU,
            double complaintU, double endNoise, double answerNoise, double endReadNoise, double csatU, double csatNoise) {
    }

    private List<Caller> burst(RandomGenerator random) {
        int size = 1 + random.nextInt(month.maxCallsAtOnce());
        List<Caller> burst = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            Product product = products.get(random.nextInt(products.size()));
            double mean = Math.max(0.05, Math.min(0.95, product.baseDistress()));
            double c = month.distressConcentration();
            double distress = new BetaDistribution(random, mean * c, (1 - mean) * c).sample();
            double amount = random.nextDouble();
            double stakes = 1 - (1 - product.baseStakes()) * (1 - amount * amount);
            boolean vulnerable = random.nextDouble() < month.vulnerableShare();
            double care = Math.min(1, distress * (0.5 + 0.5 * stakes) + (vulnerable ? month.vulnerabilityBoost() : 0));
            burst.add(new Caller(product, distress, stakes, care, random.nextDouble(), random.nextDouble(),
                    random.nextGaussian(), random.nextGaussian(), random.nextGaussian(), random.nextDouble(),
                    random.nextGaussian()));
        }
        return burst;
    }

    /** Free agents in idle order: a random sample without replacement, a few more than the burst needs. */
    private List<SimulatedAgent> freeAgents(RandomGenerator random, int needed) {
        int count = Math.min(agents.size(), needed + random.nextInt(month.maxExtraFreeAgents() + 1));
        List<SimulatedAgent> pool = new ArrayList<>(agents);
        List<SimulatedAgent> free = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            free.add(pool.remove(random.nextInt(pool.size())));
        }
        return free;
    }

    private ServedCall serve(Caller caller, SimulatedAgent agent) {
        double unmetCare = caller.care() * (1 - agent.trueEmpathy());
        double shortfall = Proficiency.shortfall(month.proficiency());
        double minutes = month.minutesWaited();
        boolean resolved = caller.resolveU() < outcome.resolutionProbability(unmetCare, shortfall, minutes);
        boolean complained = caller.complaintU()
                < outcome.complaintProbability(unmetCare, shortfall, caller.stakes(), minutes, resolved);
        double end = outcome.distressAtEnd(caller.distress(), agent.trueEmpathy(), resolved, caller.endNoise());
        CallOutcome result = complained ? CallOutcome.COMPLAINT : resolved ? CallOutcome.RESOLVED : CallOutcome.CALLBACK;
        Integer csat = caller.csatU() < month.csatShare() ? csat(resolved, complained, unmetCare, caller.csatNoise()) : null;
        return new ServedCall(agent.id(), caller.product().code(), caller.care(), caller.stakes(),
                read(caller.distress(), caller.answerNoise()), result, csat, read(end, caller.endReadNoise()));
    }

    /** What analytics reports of a distress: the truth plus estimate noise, in [0,1]. */
    private double read(double distress, double noise) {
        return Math.max(0, Math.min(1, distress + month.estimateNoiseSd() * noise));
    }

    private static int csat(boolean resolved, boolean complained, double unmetCare, double noise) {
        double level = 3 + (resolved ? 1 : -0.5) - (complained ? 1.5 : 0) - 2 * unmetCare + 0.7 * noise;
        return (int) Math.max(1, Math.min(5, Math.round(level)));
    }

    private List<SimulatedAgent> drawAgents(RandomGenerator random) {
        List<SimulatedAgent> drawn = new ArrayList<>(month.agents());
        for (int i = 0; i < month.agents(); i++) {
            double truth = clamp(month.trueEmpathyMean() + month.trueEmpathySd() * random.nextGaussian());
            double configured = Math.round(100 * clamp(truth + month.qaNoiseSd() * random.nextGaussian())) / 100.0;
            drawn.add(new SimulatedAgent(String.format("agent-%03d", i + 1), truth, configured));
        }
        return List.copyOf(drawn);
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
