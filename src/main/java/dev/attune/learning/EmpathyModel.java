package dev.attune.learning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.Variance;

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

    /** Per agent: Σ care², Σ care × residual, calls. */
    private static final class Evidence {
        double careSquares;
        double careResidual;
        /** The anchor's distance from the configured score. */
        double offset;
        int calls;

        /** The data's own estimate of (true - configured). */
        double deviation(double effect) {
            return offset + careResidual / (effect * careSquares);
        }
    }

    /** Fits the model to served calls; agents missing from {@code configured} are ignored. */
    public Fit fit(List<ServedCall> served, Map<String, Double> configured) {
        List<ServedCall> calls = served.stream().filter(c -> configured.containsKey(c.agentId())).toList();
        List<String> products = productColumns(calls);
        if (calls.size() <= products.size() + 13) {
            return priorOnly(calls.size(), configured);
        }
        double[] y = calls.stream().mapToDouble(settings.score()::of).toArray();
        Map<String, Double> anchor = configured;
        Fit fit = null;
        for (int round = 0; round < settings.rounds(); round++) {
            Fit next = round(calls, products, y, configured, anchor);
            if (next == null) {
                return fit != null ? fit : priorOnly(calls.size(), configured);
            }
            fit = next;
            anchor = new HashMap<>();
            for (LearnedEmpathy agent : fit.agents().values()) {
                anchor.put(agent.agentId(), agent.learned());
            }
        }
        return fit;
    }

    /**
     * One round: least squares with each agent's empathy at {@code anchor} (the configured score first,
     * then the previous round's posterior mean, so K is not diluted by how far the configured scores sit
     * from the truth), then the conjugate posterior of each agent's empathy. Null when K has no support.
     */
    private Fit round(List<ServedCall> calls, List<String> products, double[] y, Map<String, Double> configured,
            Map<String, Double> anchor) {
        double[][] x = new double[calls.size()][];
        for (int i = 0; i < calls.size(); i++) {
            x[i] = row(calls.get(i), products, anchor.get(calls.get(i).agentId()));
        }
        EffectRegression regression = EffectRegression.fit(y, x);
        if (regression == null) {
            // No anchor to measure K against, or outcomes show no empathy effect: keep the configured scores.
            return null;
        }
        double effect = regression.effect();
        double noiseSd = regression.noiseSd();
        double[] residuals = regression.residuals();
        Map<String, Evidence> evidence = new HashMap<>();
        for (int i = 0; i < calls.size(); i++) {
            ServedCall call = calls.get(i);
            Evidence e = evidence.computeIfAbsent(call.agentId(), k -> new Evidence());
            e.careSquares += call.careAtAnswer() * call.careAtAnswer();
            e.careResidual += call.careAtAnswer() * residuals[i];
            e.calls++;
        }
        evidence.forEach((agent, e) -> e.offset = anchor.get(agent) - configured.get(agent));
        return posterior(calls.size(), effect, noiseSd, evidence, configured);
    }

    private Fit posterior(int calls, double effect, double noiseSd, Map<String, Evidence> evidence,
            Map<String, Double> configured) {
        double tau = deviationSd(effect, noiseSd, evidence);
        double z = new NormalDistribution().inverseCumulativeProbability((1 + settings.intervalLevel()) / 2);
        Map<String, LearnedEmpathy> agents = new LinkedHashMap<>();
        configured.forEach((agent, prior) -> {
            Evidence e = evidence.get(agent);
            double dataPrecision = e == null ? 0 : effect * effect * e.careSquares / (noiseSd * noiseSd);
            double precision = dataPrecision + 1 / (tau * tau);
            double deviation = e == null || e.careSquares == 0 ? 0 : e.deviation(effect) * dataPrecision / precision;
            agents.put(agent, score(agent, prior, prior + deviation, z / Math.sqrt(precision), e == null ? 0 : e.calls));
        });
        return new Fit(calls, effect, noiseSd, tau, agents);
    }

    /** τ: the spread of the agents' raw deviation estimates less what their sampling noise explains. */
    private double deviationSd(double effect, double noiseSd, Map<String, Evidence> evidence) {
        List<Double> raw = new ArrayList<>();
        List<Double> noise = new ArrayList<>();
        for (Evidence e : evidence.values()) {
            if (e.calls >= settings.callsForSpread() && e.careSquares > 0) {
                raw.add(e.deviation(effect));
                noise.add(noiseSd * noiseSd / (effect * effect * e.careSquares));
            }
        }
        double floor = settings.minimumDeviationSd() * settings.minimumDeviationSd();
        if (raw.size() < 3) {
            return Math.sqrt(floor);
        }
        double spread = new Variance().evaluate(toArray(raw)) - new Mean().evaluate(toArray(noise));
        return Math.sqrt(Math.max(floor, spread));
    }

    private Fit priorOnly(int calls, Map<String, Double> configured) {
        double z = new NormalDistribution().inverseCumulativeProbability((1 + settings.intervalLevel()) / 2);
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

    private static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
