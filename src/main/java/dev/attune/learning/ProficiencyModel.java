package dev.attune.learning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.Variance;

/**
 * Proficiency per product learned from outcomes, the empathy model's approach on a different term. For a call
 * i about product p answered by agent a, with q the proficiency on a 0-1 scale ((level - 1) / 4)
 * <pre>
 * y_i = b0 + b_product(i) + b_care × care_i + b_stakes × stakes_i + P × q_a,p + noise,  noise ~ N(0, σ²)
 * q_a,p = configured_a,p + d_a,p,  d_a,p ~ N(0, τ²)
 * </pre>
 * Least squares (Commons Math, QR) gives P and σ² with q at its anchor (the configured level, then the previous
 * round's posterior mean); each (agent, product)'s mean residual is a normal estimate of d with precision
 * P² n / σ²; τ² is the spread of those estimates less their sampling noise (method of moments, floored); the
 * conjugate normal posterior shrinks each towards the configured level by how thin its evidence is. A pair
 * with no calls keeps its configured level; when P has no support (no spread in the levels, or outcomes show
 * no proficiency effect) nothing is learned.
 */
public final class ProficiencyModel {
    private final LearningSettings settings;

    public ProficiencyModel(LearningSettings settings) {
        this.settings = settings;
    }

    /** The effect P, the noise and τ (on the 0-1 scale), and every configured pair's learned level. */
    public record Fit(int calls, double effect, double noiseSd, double deviationSd, List<LearnedProficiency> levels) {
    }

    /** Per (agent, product): Σ residual, calls, and the anchor's distance from the configured level. */
    private static final class Evidence {
        double residuals;
        double offset;
        int calls;

        double deviation(double effect) {
            return offset + residuals / (effect * calls);
        }
    }

    /**
     * @param configured per agent, per product, the configured 1-5 level; calls of other pairs are ignored
     */
    public Fit fit(List<ServedCall> served, Map<String, Map<String, Integer>> configured) {
        List<ServedCall> calls = served.stream().filter(c -> level(configured, c) != null).toList();
        List<String> products = calls.stream().map(ServedCall::product).distinct().sorted().toList();
        Map<String, Double> anchor = scaled(configured);
        if (calls.size() <= products.size() + 13) {
            return fitted(calls.size(), 0, Double.NaN, settings.minimumDeviationSd(), Map.of(), configured, anchor);
        }
        double[] y = calls.stream().mapToDouble(settings.score()::of).toArray();
        Fit fit = null;
        for (int round = 0; round < settings.rounds(); round++) {
            Fit next = round(calls, products, y, configured, anchor);
            if (next == null) {
                break;
            }
            fit = next;
            anchor = new HashMap<>();
            for (LearnedProficiency level : fit.levels()) {
                anchor.put(key(level.agentId(), level.product()), (level.learned() - 1) / 4);
            }
        }
        return fit != null ? fit
                : fitted(calls.size(), 0, Double.NaN, settings.minimumDeviationSd(), Map.of(), configured, scaled(configured));
    }

    private Fit round(List<ServedCall> calls, List<String> products, double[] y,
            Map<String, Map<String, Integer>> configured, Map<String, Double> anchor) {
        double[][] x = new double[calls.size()][];
        for (int i = 0; i < calls.size(); i++) {
            ServedCall call = calls.get(i);
            x[i] = row(call, products, anchor.get(key(call.agentId(), call.product())));
        }
        EffectRegression regression = EffectRegression.fit(y, x);
        if (regression == null) {
            return null;
        }
        double effect = regression.effect();
        double noiseSd = regression.noiseSd();
        double[] residuals = regression.residuals();
        Map<String, Evidence> evidence = new HashMap<>();
        for (int i = 0; i < calls.size(); i++) {
            ServedCall call = calls.get(i);
            Evidence e = evidence.computeIfAbsent(key(call.agentId(), call.product()), k -> new Evidence());
            e.residuals += residuals[i];
            e.calls++;
        }
        Map<String, Double> prior = scaled(configured);
        evidence.forEach((pair, e) -> e.offset = anchor.get(pair) - prior.get(pair));
        return fitted(calls.size(), effect, noiseSd, deviationSd(effect, noiseSd, evidence), evidence, configured, prior);
    }

    /** The conjugate posterior of every configured pair (the prior alone where there is no evidence). */
    private Fit fitted(int calls, double effect, double noiseSd, double tau, Map<String, Evidence> evidence,
            Map<String, Map<String, Integer>> configured, Map<String, Double> prior) {
        double z = new NormalDistribution().inverseCumulativeProbability((1 + settings.intervalLevel()) / 2);
        List<LearnedProficiency> levels = new ArrayList<>();
        configured.forEach((agent, byProduct) -> byProduct.forEach((product, level) -> {
            Evidence e = evidence.get(key(agent, product));
            double dataPrecision = e == null ? 0 : effect * effect * e.calls / (noiseSd * noiseSd);
            double precision = dataPrecision + 1 / (tau * tau);
            double deviation = e == null ? 0 : e.deviation(effect) * dataPrecision / precision;
            double mean = prior.get(key(agent, product)) + deviation;
            double half = z / Math.sqrt(precision);
            levels.add(new LearnedProficiency(agent, product, level, onScale(mean), onScale(mean - half),
                    onScale(mean + half), e == null ? 0 : e.calls));
        }));
        return new Fit(calls, effect, noiseSd, tau, levels);
    }

    /** τ: the spread of the pairs' raw deviation estimates less what their sampling noise explains. */
    private double deviationSd(double effect, double noiseSd, Map<String, Evidence> evidence) {
        List<Double> raw = new ArrayList<>();
        List<Double> noise = new ArrayList<>();
        for (Evidence e : evidence.values()) {
            if (e.calls >= settings.callsForSpread()) {
                raw.add(e.deviation(effect));
                noise.add(noiseSd * noiseSd / (effect * effect * e.calls));
            }
        }
        double floor = settings.minimumDeviationSd() * settings.minimumDeviationSd();
        if (raw.size() < 3) {
            return Math.sqrt(floor);
        }
        double[] r = raw.stream().mapToDouble(Double::doubleValue).toArray();
        double[] n = noise.stream().mapToDouble(Double::doubleValue).toArray();
        return Math.sqrt(Math.max(floor, new Variance().evaluate(r) - new Mean().evaluate(n)));
    }

    /** Product dummies (all but the first), care, stakes, and the proficiency term last. */
    private static double[] row(ServedCall call, List<String> products, double proficiency) {
        double[] x = new double[products.size() + 2];
        int product = products.indexOf(call.product());
        if (product > 0) {
            x[product - 1] = 1;
        }
        x[products.size() - 1] = call.careAtAnswer();
        x[products.size()] = call.stakes();
        x[products.size() + 1] = proficiency;
        return x;
    }

    private static Integer level(Map<String, Map<String, Integer>> configured, ServedCall call) {
        return call.product() == null ? null : configured.getOrDefault(call.agentId(), Map.of()).get(call.product());
    }

    private static Map<String, Double> scaled(Map<String, Map<String, Integer>> configured) {
        Map<String, Double> out = new LinkedHashMap<>();
        configured.forEach((agent, byProduct) -> byProduct.forEach((product, level) ->
                out.put(key(agent, product), (level - 1) / 4.0)));
        return out;
    }

    private static String key(String agent, String product) {
        return agent + "\u0000" + product;
    }

    /** Back on the 1-5 scale, to three decimals. */
    private static double onScale(double q) {
        return Math.round((1 + 4 * Math.max(0, Math.min(1, q))) * 1000) / 1000.0;
    }
}
