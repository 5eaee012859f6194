package dev.attune.simulation.day;

import java.nio.file.Path;

/**
 * How a served call ends, as an explicit, configurable model (config/simulation/outcome-model.json;
 * assumptions in docs/simulation.md). With unmet care = care need × (1 - agent empathy) and
 * shortfall = (5 - proficiency) / 4 in the product's skill:
 * <pre>
 * logit P(resolved)  = r0 + rShortfall × shortfall + rUnmetCare × unmet care + rWait × minutes waited
 * logit P(complaint) = c0 + cUnmetCare × unmet care + cWait × minutes waited + cUnresolved × [not resolved]
 *                      + cStakesShortfall × stakes × shortfall
 * distress at end    = distress at answer × (1 - calmingByEmpathy × empathy)
 *                      - reliefWhenResolved × [resolved] + riseWhenUnresolved × [not resolved] + noise
 * </pre>
 * The uniforms that decide each caller's outcome are drawn before any policy runs, so two policies
 * differ in a caller's outcome only through what they did to that caller.
 */
public record OutcomeModel(String description, Resolution resolution, Complaint complaint, EmotionAtEnd emotionAtEnd) {

    public record Resolution(double intercept, double proficiencyShortfall, double unmetCare, double waitPerMinute) {
    }

    public record Complaint(double intercept, double unmetCare, double waitPerMinute, double unresolved,
            double stakesTimesShortfall) {
    }

    public record EmotionAtEnd(double calmingByEmpathy, double reliefWhenResolved, double riseWhenUnresolved,
            double noiseSd) {
    }

    public static OutcomeModel read(Path file) {
        return SimulationJson.read(file, OutcomeModel.class);
    }

    public double resolutionProbability(double unmetCare, double shortfall, double minutesWaited) {
        return logistic(resolution.intercept() + resolution.proficiencyShortfall() * shortfall
                + resolution.unmetCare() * unmetCare + resolution.waitPerMinute() * minutesWaited);
    }

    public double complaintProbability(double unmetCare, double shortfall, double stakes, double minutesWaited,
            boolean resolved) {
        return logistic(complaint.intercept() + complaint.unmetCare() * unmetCare
                + complaint.waitPerMinute() * minutesWaited + (resolved ? 0 : complaint.unresolved())
                + complaint.stakesTimesShortfall() * stakes * shortfall);
    }

    public double distressAtEnd(double distressAtAnswer, double empathy, boolean resolved, double standardNormal) {
        double end = distressAtAnswer * (1 - emotionAtEnd.calmingByEmpathy() * empathy)
                - (resolved ? emotionAtEnd.reliefWhenResolved() : -emotionAtEnd.riseWhenUnresolved())
                + emotionAtEnd.noiseSd() * standardNormal;
        return Math.max(0, Math.min(1, end));
    }

    /** The same model with every coefficient multiplied by {@code factor}, for the sensitivity run. */
    public OutcomeModel scaledEffects(double factor) {
        return new OutcomeModel(description + " (effects x" + factor + ")",
                new Resolution(resolution.intercept(), factor * resolution.proficiencyShortfall(),
                        factor * resolution.unmetCare(), factor * resolution.waitPerMinute()),
                new Complaint(complaint.intercept(), factor * complaint.unmetCare(), factor * complaint.waitPerMinute(),
                        factor * complaint.unresolved(), factor * complaint.stakesTimesShortfall()),
                new EmotionAtEnd(Math.min(1, factor * emotionAtEnd.calmingByEmpathy()), emotionAtEnd.reliefWhenResolved(),
                        emotionAtEnd.riseWhenUnresolved(), emotionAtEnd.noiseSd()));
    }

    private static double logistic(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}
