package dev.attune.learning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.Variance;

/**
 * One round of a learned-score model, the same for empathy (grouped by agent, each call weighted by its care
 * need) and proficiency (grouped by agent and product skill, every call weighted 1). Least squares
 * ({@link EffectRegression}) with each group's score at its anchor gives the effect, σ and the residuals; each
 * group's weighted residuals give a normal estimate of (true - configured) with precision effect² Σ w² / σ²; τ
 * is the spread of those estimates less their sampling noise (method of moments, floored); the conjugate normal
 * posterior shrinks each estimate towards the configured score by how thin its evidence is.
 *
 * @param effect      the anchored term's coefficient
 * @param noiseSd     σ
 * @param deviationSd τ: the spread of true scores around the configured ones
 * @param evidence    per group that has calls
 */
record EvidenceRound(double effect, double noiseSd, double deviationSd, Map<String, Evidence> evidence) {

    /** One group's evidence: Σ w², Σ w × residual, calls, and its anchor's distance from the configured score. */
    static final class Evidence {
        double weightSquares;
        double weightedResidual;
        double offset;
        int calls;

        /** The data's own estimate of (true - configured). */
        double deviation(double effect) {
            return offset + weightedResidual / (effect * weightSquares);
        }

        double precision(double effect, double noiseSd) {
            return effect * effect * weightSquares / (noiseSd * noiseSd);
        }
    }

    /**
     * How each call enters a round: its group, its weight on the learned term, and its regression row with the
     * group's anchored score (the learned term last).
     */
    record Design(Function<ServedCall, String> group, ToDoubleFunction<ServedCall> weight,
            RowWithAnchor row) {
    }

    @FunctionalInterface
    interface RowWithAnchor {
        double[] of(ServedCall call, double anchored);
    }

    /** Null when the effect has no support (collinear columns, or no positive effect). */
    static EvidenceRound run(List<ServedCall> calls, double[] y, Design design, Map<String, Double> anchor,
            Map<String, Double> prior, LearningSettings settings) {
        double[][] x = new double[calls.size()][];
        for (int i = 0; i < calls.size(); i++) {
            x[i] = design.row().of(calls.get(i), anchor.get(design.group().apply(calls.get(i))));
        }
        EffectRegression regression = EffectRegression.fit(y, x);
        if (regression == null) {
            return null;
        }
        double[] residuals = regression.residuals();
        Map<String, Evidence> evidence = new HashMap<>();
        for (int i = 0; i < calls.size(); i++) {
            ServedCall call = calls.get(i);
            double w = design.weight().applyAsDouble(call);
            Evidence e = evidence.computeIfAbsent(design.group().apply(call), k -> new Evidence());
            e.weightSquares += w * w;
            e.weightedResidual += w * residuals[i];
            e.calls++;
        }
        evidence.forEach((group, e) -> e.offset = anchor.get(group) - prior.get(group));
        double tau = deviationSd(regression.effect(), regression.noiseSd(), evidence, settings);
        return new EvidenceRound(regression.effect(), regression.noiseSd(), tau, evidence);
    }

    /** A group's posterior as {deviation from the configured score, half-width of the credible interval}. */
    double[] posterior(String group, double z) {
        Evidence e = evidence.get(group);
        double data = e == null || e.weightSquares == 0 ? 0 : e.precision(effect, noiseSd);
        double precision = data + 1 / (deviationSd * deviationSd);
        double deviation = data == 0 ? 0 : e.deviation(effect) * data / precision;
        return new double[] {deviation, z / Math.sqrt(precision)};
    }

    int calls(String group) {
        Evidence e = evidence.get(group);
        return e == null ? 0 : e.calls;
    }

    /** The standard normal quantile of a two-sided credible level. */
    static double z(double level) {
        return new NormalDistribution().inverseCumulativeProbability((1 + level) / 2);
    }

    private static double deviationSd(double effect, double noiseSd, Map<String, Evidence> evidence,
            LearningSettings settings) {
        List<Double> raw = new ArrayList<>();
        List<Double> noise = new ArrayList<>();
        for (Evidence e : evidence.values()) {
            if (e.calls >= settings.callsForSpread() && e.weightSquares > 0) {
                raw.add(e.deviation(effect));
                noise.add(1 / e.precision(effect, noiseSd));
            }
        }
        double floor = settings.minimumDeviationSd() * settings.minimumDeviationSd();
        if (raw.size() < 3) {
            return Math.sqrt(floor);
        }
        double spread = new Variance().evaluate(toArray(raw)) - new Mean().evaluate(toArray(noise));
        return Math.sqrt(Math.max(floor, spread));
    }

    private static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
