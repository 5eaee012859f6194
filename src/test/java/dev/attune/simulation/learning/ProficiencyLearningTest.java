package dev.attune.simulation.learning;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.core.domain.CallOutcome;
import dev.attune.learning.EmpathyModel;
import dev.attune.learning.LearnedProficiency;
import dev.attune.learning.LearningSettings;
import dev.attune.learning.ProficiencyModel;
import dev.attune.learning.ServedCall;
import dev.attune.simulation.day.OutcomeModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.junit.jupiter.api.Test;

/**
 * Proficiency per product learned in the simulator: 100 agents, each with a hidden true proficiency (1-5,
 * continuous) in each of four products and a QA-configured whole level = truth + noise; 3,000 calls a day
 * for 21 working days to agents and products at random; outcomes (resolution, complaint) from
 * config/simulation/outcome-model.json with the true proficiency's shortfall and each agent's true empathy.
 * Each agent also has a QA empathy score (truth + noise sd 0.15); the empathy model learns empathy from the same
 * calls and the proficiency model adjusts for the learned empathy, as the service does with the pool's scores.
 * Prints the rank correlation of learned and configured levels with the truth after 1, 5, 10 and 21 days for each
 * seed; asserts that at the month's end learned levels rank at least 0.8 with the truth and closer than QA.
 * Without the empathy adjustment they did not (0.796 against QA's 0.776, flat from day 1: docs/learning.md).
 * More seeds: -Dattune.proficiency.seeds=5.
 */
class ProficiencyLearningTest {
    private static final List<String> PRODUCTS = List.of("CARD_SERVICES", "FRAUD_DISPUTE", "MORTGAGE_HARDSHIP",
            "GENERAL");
    private static final int AGENTS = 100;
    private static final int CALLS_PER_DAY = 3000;
    private static final double QA_NOISE_SD = 0.8;
    private static final List<Integer> REPORTED_DAYS = List.of(1, 5, 10, 21);

    private final OutcomeModel outcomes = OutcomeModel.read(Path.of("config/simulation/outcome-model.json"));

    @Test
    void learnedLevelsRankAgentsWithTheTruthAtLeastPointEightAndCloserThanQa() {
        int seeds = Integer.getInteger("attune.proficiency.seeds", 1);
        System.out.println("| seed | after | calls | Spearman(learned, truth) | Spearman(configured, truth) |");
        System.out.println("|---|---|---|---|---|");
        for (int seed = 1; seed <= seeds; seed++) {
            double[] last = month(seed);
            assertTrue(last[0] > last[1], "seed " + seed + ": learned " + last[0] + " not above QA " + last[1]);
            assertTrue(last[0] >= 0.8, "seed " + seed + ": learned " + last[0] + " under 0.8");
        }
    }

    /** One month; returns the learned and configured rank correlations at its end. */
    private double[] month(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, Map<String, Integer>> configured = new HashMap<>();
        Map<String, Double> truth = new HashMap<>();
        double[] empathy = new double[AGENTS];
        Map<String, Double> qaEmpathy = new HashMap<>();
        // Its own stream, so the truths, QA levels and calls are those of the month without the empathy adjustment.
        SplittableRandom qa = new SplittableRandom(seed + 1_000);
        for (int a = 0; a < AGENTS; a++) {
            empathy[a] = clamp(0.6 + 0.15 * gaussian(random), 0, 1);
            qaEmpathy.put(agent(a), clamp(empathy[a] + 0.15 * gaussian(qa), 0, 1));
            Map<String, Integer> levels = new HashMap<>();
            for (String product : PRODUCTS) {
                double level = clamp(3 + gaussian(random), 1, 5);
                truth.put(agent(a) + "/" + product, level);
                levels.put(product, (int) Math.round(clamp(level + QA_NOISE_SD * gaussian(random), 1, 5)));
            }
            configured.put(agent(a), levels);
        }
        ProficiencyModel model = new ProficiencyModel(LearningSettings.defaults());
        EmpathyModel empathyModel = new EmpathyModel(LearningSettings.defaults());
        List<ServedCall> served = new ArrayList<>();
        double[] last = null;
        for (int day = 1; day <= 21; day++) {
            for (int i = 0; i < CALLS_PER_DAY; i++) {
                served.add(call(random, empathy, truth));
            }
            if (REPORTED_DAYS.contains(day)) {
                Map<String, Double> learnedEmpathy = new HashMap<>();
                empathyModel.fit(served, qaEmpathy).agents().forEach((id, e) -> learnedEmpathy.put(id, e.learned()));
                last = correlations(model.fit(served, configured, learnedEmpathy).levels(), truth);
                System.out.printf(Locale.ROOT, "| %d | %d days | %,d | %.3f | %.3f |%n", seed, day, served.size(),
                        last[0], last[1]);
            }
        }
        return last;
    }

    private ServedCall call(SplittableRandom random, double[] empathy, Map<String, Double> truth) {
        int a = random.nextInt(AGENTS);
        String product = PRODUCTS.get(random.nextInt(PRODUCTS.size()));
        double care = Math.pow(random.nextDouble(), 1.5);
        double stakes = random.nextDouble();
        double minutes = 0.5;
        double unmetCare = care * (1 - empathy[a]);
        double shortfall = (5 - truth.get(agent(a) + "/" + product)) / 4;
        boolean resolved = random.nextDouble() < outcomes.resolutionProbability(unmetCare, shortfall, minutes);
        boolean complaint = random.nextDouble()
                < outcomes.complaintProbability(unmetCare, shortfall, stakes, minutes, resolved);
        CallOutcome outcome = complaint ? CallOutcome.COMPLAINT : resolved ? CallOutcome.RESOLVED : CallOutcome.CALLBACK;
        return new ServedCall(agent(a), product, care, stakes, Double.NaN, outcome, null, Double.NaN);
    }

    private static double[] correlations(List<LearnedProficiency> levels, Map<String, Double> truth) {
        double[] learned = levels.stream().mapToDouble(LearnedProficiency::learned).toArray();
        double[] configured = levels.stream().mapToDouble(LearnedProficiency::configured).toArray();
        double[] actual = levels.stream().mapToDouble(l -> truth.get(l.agentId() + "/" + l.skill())).toArray();
        SpearmansCorrelation spearman = new SpearmansCorrelation();
        return new double[] {spearman.correlation(learned, actual), spearman.correlation(configured, actual)};
    }

    private static String agent(int a) {
        return "agent-" + a;
    }

    private static double gaussian(SplittableRandom random) {
        double u = Math.max(1e-12, random.nextDouble());
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    private static double clamp(double v, double low, double high) {
        return Math.max(low, Math.min(high, v));
    }
}
