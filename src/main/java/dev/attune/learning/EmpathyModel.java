package dev.attune.learning;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Empathy learned from outcomes: a two-level (empirical-Bayes) model. For a call i answered by agent a
 * <pre>
 * y_i = b0 + b_product(i) + b_care × care_i + b_stakes × stakes_i + K × care_i × e_a + noise,  noise ~ N(0, σ²)
 * e_a = configured_a + d_a,  d_a ~ N(0, τ²)
 * </pre>
 * where y is the {@link OutcomeScore}. The first level says empathy matters in proportion to the care a
 * call needed at answer (the simulator's unmet care = care × (1 - empathy) has this form), after the
 * product, care and stakes have taken what they explain of how hard the call was. The second level is
 * the prior: an agent's true empathy scatters around the configured score. Least squares (Commons Math,
 * QR) gives b, K and σ² with e_a at its prior mean; each agent's residuals then give a normal estimate of
 * d_a whose precision grows with Σ care²; τ² comes from the spread of those estimates (method of moments),
 * and the conjugate normal posterior shrinks each d_a towards zero by how thin its evidence is.
 */
public final class EmpathyModel {
    private final LearningSettings settings;

    public EmpathyModel(LearningSettings settings) {
        this.settings = settings;
    }

    /** What one fit found: the population terms and each configured agent's learned score. */
    public record Fit(int calls, double effect, double noiseSd, double deviationSd, Map<String, LearnedEmpathy> agents) {
    }

    /** Fits the model to served calls; agents missing from {@code configured} are ignored. */
    public Fit fit(List<ServedCall> served, Map<String, Double> configured) {
        List<ServedCall> calls = served.stream().filter(c -> configured.containsKey(c.agentId())).toList();
        List<String> products = productColumns(calls);
        if (calls.size() <= products.size() + 13) {
            return priorOnly(calls.size(), configured);
        }
        double[] y = calls.stream().mapToDouble(settings.score()::of).toArray();
        EvidenceRound.Design design = new EvidenceRound.Design(ServedCall::agentId, ServedCall::careAtAnswer,
                (call, empathy) -> row(call, products, empathy));
        Map<String, Double> anchor = configured;
        Fit fit = null;
        // Each round re-anchors the least squares on the previous round's scores, so K is not diluted by how
        // far the configured scores sit from the truth.
        for (int round = 0; round < settings.rounds(); round++) {
            EvidenceRound next = EvidenceRound.run(calls, y, design, anchor, configured, settings);
            if (next == null) {
                // No anchor to measure K against, or outcomes show no empathy effect: keep the configured scores.
                return fit != null ? fit : priorOnly(calls.size(), configured);
            }
            fit = posterior(calls.size(), next, configured);
            anchor = new HashMap<>();
            for (LearnedEmpathy agent : fit.agents().values()) {
                anchor.put(agent.agentId(), agent.learned());
            }
        }
        return fit;
    }

    private Fit posterior(int calls, EvidenceRound round, Map<String, Double> configured) {
        double z = EvidenceRound.z(settings.intervalLevel());
        Map<String, LearnedEmpathy> agents = new LinkedHashMap<>();
        configured.forEach((agent, prior) -> {
            double[] posterior = round.posterior(agent, z);
            agents.put(agent, score(agent, prior, prior + posterior[0], posterior[1], round.calls(agent)));
        });
        return new Fit(calls, round.effect(), round.noiseSd(), round.deviationSd(), agents);
    }

    private Fit priorOnly(int calls, Map<String, Double> configured) {
        double z = EvidenceRound.z(settings.intervalLevel());
        Map<String, LearnedEmpathy> agents = new LinkedHashMap<>();
        configured.forEach((agent, prior) -> agents.put(agent,
                score(agent, prior, prior, z * settings.minimumDeviationSd(), 0)));
        return new Fit(calls, 0, Double.NaN, settings.minimumDeviationSd(), agents);
    }

    private static LearnedEmpathy score(String agent, double configured, double learned, double halfWidth, int calls) {
        double mean = clamp(learned);
        return new LearnedEmpathy(agent, configured, LearnedEmpathy.round(mean),
                LearnedEmpathy.round(clamp(learned - halfWidth)), LearnedEmpathy.round(clamp(learned + halfWidth)), calls);
    }

    /** Dummy columns for every product seen but the most frequent one (the reference). */
    private static List<String> productColumns(List<ServedCall> calls) {
        Map<String, Integer> counts = new TreeMap<>();
        calls.forEach(c -> counts.merge(c.product() == null ? "" : c.product(), 1, Integer::sum));
        String reference = counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
        return counts.keySet().stream().filter(p -> !p.equals(reference)).toList();
    }

    private static double[] row(ServedCall call, List<String> products, double configured) {
        double[] x = new double[products.size() + 3];
        int product = products.indexOf(call.product() == null ? "" : call.product());
        if (product >= 0) {
            x[product] = 1;
        }
        x[products.size()] = call.careAtAnswer();
        x[products.size() + 1] = call.stakes();
        x[products.size() + 2] = call.careAtAnswer() * configured;
        return x;
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
