package dev.attune.simulation.learning;

import dev.attune.learning.EmpathyModel;
import dev.attune.learning.LearnedEmpathy;
import dev.attune.learning.ServedCall;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;

/**
 * The empathy-learning check: a month routed on the configured scores, the model refitted at the end of
 * each day (the learning curve: Spearman rank correlation of learned and configured scores with the
 * hidden truth), then fresh days routed empathy-blind, on configured, learned and true scores. The
 * share of the true scores' empathy-match gain over blind routing that learned scores keep is the
 * second figure docs/learning.md reports.
 */
public final class LearningCheck {
    /** Days after the month on which the routings are compared (fresh callers, same for every routing). */
    static final int FIRST_EVALUATION_DAY = 1000;

    private final SimulatedFloor floor;
    private final EmpathyModel model;

    public LearningCheck(SimulatedFloor floor, EmpathyModel model) {
        this.floor = floor;
        this.model = model;
    }

    /** One point of the learning curve. */
    public record CurvePoint(int day, int calls, double learnedRankCorrelation, double configuredRankCorrelation,
            double meanIntervalWidth, double intervalCoverage) {
    }

    /** The routings' care-weighted true empathy over the evaluation days. */
    public record Routing(double blind, double configured, double learned, double truth) {
        /** The share of the true scores' gain over blind routing that learned scores keep. */
        public double learnedShareOfGain() {
            return (learned - blind) / (truth - blind);
        }

        public double configuredShareOfGain() {
            return (configured - blind) / (truth - blind);
        }
    }

    public record Result(List<CurvePoint> curve, Map<String, LearnedEmpathy> learned, Routing routing) {
    }

    public Result run(int days, int evaluationDays) {
        Map<String, Double> configured = scores(SimulatedAgent::configured);
        List<ServedCall> journal = new ArrayList<>();
        List<CurvePoint> curve = new ArrayList<>();
        Map<String, LearnedEmpathy> learned = Map.of();
        for (int day = 0; day < days; day++) {
            journal.addAll(floor.day(day, configured).served());
            learned = model.fit(journal, configured).agents();
            curve.add(point(day + 1, journal.size(), learned));
        }
        Map<String, Double> learnedScores = new LinkedHashMap<>();
        learned.forEach((agent, score) -> learnedScores.put(agent, score.learned()));
        Routing routing = new Routing(match(null, evaluationDays), match(configured, evaluationDays),
                match(learnedScores, evaluationDays), match(scores(SimulatedAgent::trueEmpathy), evaluationDays));
        return new Result(curve, learned, routing);
    }

    private CurvePoint point(int day, int calls, Map<String, LearnedEmpathy> learned) {
        List<SimulatedAgent> agents = floor.agents();
        double[] truth = agents.stream().mapToDouble(SimulatedAgent::trueEmpathy).toArray();
        double[] configured = agents.stream().mapToDouble(SimulatedAgent::configured).toArray();
        double[] estimate = agents.stream().mapToDouble(a -> learned.get(a.id()).learned()).toArray();
        double width = agents.stream().mapToDouble(a -> learned.get(a.id()).upper() - learned.get(a.id()).lower())
                .average().orElse(Double.NaN);
        double coverage = agents.stream().filter(a -> learned.get(a.id()).lower() <= a.trueEmpathy()
                && a.trueEmpathy() <= learned.get(a.id()).upper()).count() / (double) agents.size();
        SpearmansCorrelation spearman = new SpearmansCorrelation();
        return new CurvePoint(day, calls, spearman.correlation(estimate, truth), spearman.correlation(configured, truth),
                width, coverage);
    }

    private double match(Map<String, Double> scores, int evaluationDays) {
        double sum = 0;
        for (int d = 0; d < evaluationDays; d++) {
            sum += floor.day(FIRST_EVALUATION_DAY + d, scores).empathyMatch();
        }
        return sum / evaluationDays;
    }

    private Map<String, Double> scores(Function<SimulatedAgent, Double> score) {
        Map<String, Double> scores = new LinkedHashMap<>();
        floor.agents().forEach(a -> scores.put(a.id(), score.apply(a)));
        return scores;
    }
}
