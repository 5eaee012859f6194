package dev.attune.learning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Proficiency learned from outcomes, per agent and per product skill, the empathy model's approach on a
 * different term. For a call i about product p answered by agent a, with s the product's skill and q the
 * proficiency on a 0-1 scale ((level - 1) / 4)
 * <pre>
 * y_i = b0 + b_product(i) + b_care × care_i + b_stakes × stakes_i + b_e × care_i × e_a + P × q_a,s + noise
 *     noise ~ N(0, σ²)
 * q_a,s = configured_a,s + d_a,s,  d_a,s ~ N(0, τ²)
 * </pre>
 * with e_a the agent's empathy score, fitted by {@link EvidenceRound} with every call weighted 1, grouped by
 * (agent, skill). A pair with no calls
 * keeps its configured level; when P has no support (no spread in the levels, or outcomes show no proficiency
 * effect) nothing is learned.
 */
public final class ProficiencyModel {
    private final LearningSettings settings;

    public ProficiencyModel(LearningSettings settings) {
        this.settings = settings;
    }

    /** The effect P, the noise and τ (on the 0-1 scale), and every configured pair's learned level. */
    public record Fit(int calls, double effect, double noiseSd, double deviationSd, List<LearnedProficiency> levels) {
    }

    /** The same with each product its own skill (the simulator's floor). */
    public Fit fit(List<ServedCall> served, Map<String, Map<String, Integer>> configured, Map<String, Double> empathy) {
        return fit(served, configured, Function.identity(), empathy);
    }

    /**
     * @param configured per agent, per skill, the configured 1-5 level; calls of other pairs are ignored
     * @param skillOf    the skill a product needs (the catalogue's); null for a product it does not know
     * @param empathy    per agent, the empathy score (configured or learned); an agent missing counts at the mean
     */
    public Fit fit(List<ServedCall> served, Map<String, Map<String, Integer>> configured,
            Function<String, String> skillOf, Map<String, Double> empathy) {
        Function<ServedCall, String> group = call -> key(call.agentId(), skillOf.apply(call.product()));
        Map<String, Double> prior = scaled(configured);
        List<ServedCall> calls = served.stream()
                .filter(c -> c.product() != null && skillOf.apply(c.product()) != null && prior.containsKey(group.apply(c)))
                .toList();
        List<String> products = calls.stream().map(ServedCall::product).distinct().sorted().toList();
        if (calls.size() <= products.size() + 13) {
            return fitted(calls.size(), null, configured, prior);
        }
        double[] y = calls.stream().mapToDouble(settings.score()::of).toArray();
        ToDoubleFunction<ServedCall> empathyOf = empathyOf(calls, empathy);
        EvidenceRound.Design design = new EvidenceRound.Design(group, call -> 1.0,
                (call, proficiency) -> row(call, products, empathyOf, proficiency));
        Map<String, Double> anchor = prior;
        Fit fit = null;
        for (int round = 0; round < settings.rounds(); round++) {
            EvidenceRound next = EvidenceRound.run(calls, y, design, anchor, prior, settings);
            if (next == null) {
                break;
            }
            fit = fitted(calls.size(), next, configured, prior);
            anchor = new HashMap<>();
            for (LearnedProficiency level : fit.levels()) {
                anchor.put(key(level.agentId(), level.skill()), (level.learned() - 1) / 4);
            }
        }
        return fit != null ? fit : fitted(calls.size(), null, configured, prior);
    }

    /** The conjugate posterior of every configured pair; the prior alone where there is no round or no evidence. */
    private Fit fitted(int calls, EvidenceRound round, Map<String, Map<String, Integer>> configured,
            Map<String, Double> prior) {
        double z = EvidenceRound.z(settings.intervalLevel());
        List<LearnedProficiency> levels = new ArrayList<>();
        configured.forEach((agent, bySkill) -> bySkill.forEach((skill, level) -> {
            String pair = key(agent, skill);
            double[] posterior = round == null ? new double[] {0, z * settings.minimumDeviationSd()}
                    : round.posterior(pair, z);
            double mean = prior.get(pair) + posterior[0];
            levels.add(new LearnedProficiency(agent, skill, level, onScale(mean), onScale(mean - posterior[1]),
                    onScale(mean + posterior[1]), round == null ? 0 : round.calls(pair)));
        }));
        return round == null ? new Fit(calls, 0, Double.NaN, settings.minimumDeviationSd(), levels)
                : new Fit(calls, round.effect(), round.noiseSd(), round.deviationSd(), levels);
    }

    /**
     * An agent's empathy lifts the outcomes of all its calls, whatever the product: without this column the
     * model read it as proficiency in every product and trusted each pair's evidence too much (docs/learning.md).
     * Null when the agents' empathy does not vary, where the column would repeat the care column.
     */
    private static ToDoubleFunction<ServedCall> empathyOf(List<ServedCall> calls, Map<String, Double> empathy) {
        double mean = empathy.values().stream().mapToDouble(Double::doubleValue).average().orElse(0);
        boolean varies = calls.stream().map(c -> empathy.getOrDefault(c.agentId(), mean)).distinct().count() > 1;
        return varies ? call -> empathy.getOrDefault(call.agentId(), mean) : null;
    }

    /** Product dummies (all but the first), care, stakes, care × the agent's empathy, the proficiency term last. */
    private static double[] row(ServedCall call, List<String> products, ToDoubleFunction<ServedCall> empathyOf,
            double proficiency) {
        double[] x = new double[products.size() + (empathyOf == null ? 2 : 3)];
        int product = products.indexOf(call.product());
        if (product > 0) {
            x[product - 1] = 1;
        }
        x[products.size() - 1] = call.careAtAnswer();
        x[products.size()] = call.stakes();
        if (empathyOf != null) {
            x[products.size() + 1] = call.careAtAnswer() * empathyOf.applyAsDouble(call);
        }
        x[x.length - 1] = proficiency;
        return x;
    }

    private static Map<String, Double> scaled(Map<String, Map<String, Integer>> configured) {
        Map<String, Double> out = new LinkedHashMap<>();
        configured.forEach((agent, bySkill) -> bySkill.forEach((skill, level) ->
                out.put(key(agent, skill), (level - 1) / 4.0)));
        return out;
    }

    private static String key(String agent, String skill) {
        return agent + "\u0000" + skill;
    }

    /** Back on the 1-5 scale, to three decimals. */
    private static double onScale(double q) {
        return Math.round((1 + 4 * Math.max(0, Math.min(1, q))) * 1000) / 1000.0;
    }
}
