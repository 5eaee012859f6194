package dev.attune.learning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Proficiency learned from outcomes, per agent and per product skill, the empathy model's approach on a
 * different term. For a call i about product p answered by agent a, with s the product's skill and q the
 * proficiency on a 0-1 scale ((level - 1) / 4)
 * <pre>
 * y_i = b0 + b_product(i) + b_care × care_i + b_stakes × stakes_i + P × q_a,s + noise,  noise ~ N(0, σ²)
 * q_a,s = configured_a,s + d_a,s,  d_a,s ~ N(0, τ²)
 * </pre>
 * fitted by {@link EvidenceRound} with every call weighted 1, grouped by (agent, skill). A pair with no calls
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
    public Fit fit(List<ServedCall> served, Map<String, Map<String, Integer>> configured) {
        return fit(served, configured, Function.identity());
    }

    /**
     * @param configured per agent, per skill, the configured 1-5 level; calls of other pairs are ignored
     * @param skillOf    the skill a product needs (the catalogue's); null for a product it does not know
     */
    public Fit fit(List<ServedCall> served, Map<String, Map<String, Integer>> configured,
            Function<String, String> skillOf) {
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
        EvidenceRound.Design design = new EvidenceRound.Design(group, call -> 1.0,
                (call, proficiency) -> row(call, products, proficiency));
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
