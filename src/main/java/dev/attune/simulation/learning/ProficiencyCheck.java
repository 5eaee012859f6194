package dev.attune.simulation.learning;

import dev.attune.learning.EmpathyModel;
import dev.attune.learning.LearnedProficiency;
import dev.attune.learning.LearningSettings;
import dev.attune.learning.ProficiencyModel;
import dev.attune.learning.ScoreSource;
import dev.attune.learning.ServedCall;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;

/**
 * The proficiency-learning check: a month routed on the configured (QA) levels, the models refitted on the reported
 * days (rank correlation with the hidden truth, and the interval coverage: the share of agent × product pairs whose
 * true level lies in the stated interval), then fresh days routed blind, on configured, learned, blended and true
 * levels. Learned and blended levels route as the service routes them: rounded to whole levels.
 */
public final class ProficiencyCheck {
    /** Days after the month on which the routings are compared (fresh callers, the same for every routing). */
    static final int FIRST_EVALUATION_DAY = 1000;

    private final ProficiencyFloor floor;
    private final LearningSettings settings;

    public ProficiencyCheck(ProficiencyFloor floor, LearningSettings settings) {
        this.floor = floor;
        this.settings = settings;
    }

    /** One routing's figures over the evaluation days. */
    public record Routing(String source, double proficiencyMatch, double resolution, double complaint) {
    }

    public record Result(List<LearningCheck.CurvePoint> curve, List<Routing> routings) {
        /** The share of the true levels' proficiency-match gain over blind routing that a routing keeps. */
        public double shareOfGain(String source) {
            double blind = routing("blind").proficiencyMatch();
            return (routing(source).proficiencyMatch() - blind) / (routing("true").proficiencyMatch() - blind);
        }

        public Routing routing(String source) {
            return routings.stream().filter(r -> r.source().equals(source)).findFirst().orElseThrow();
        }
    }

    public Result run(int days, List<Integer> reportedDays, int evaluationDays) {
        Map<String, Map<String, Double>> configured = levels((a, p) -> (double) a.configured().get(p));
        List<ServedCall> journal = new ArrayList<>();
        List<LearningCheck.CurvePoint> curve = new ArrayList<>();
        List<LearnedProficiency> learned = List.of();
        for (int day = 0; day < days; day++) {
            journal.addAll(floor.day(day, configured).served());
            if (reportedDays.contains(day + 1) || day + 1 == days) {
                learned = fit(journal);
                curve.add(point(day + 1, journal.size(), learned));
            }
        }
        Map<String, Map<String, Double>> learnedLevels = routed(learned, ScoreSource.LEARNED);
        Map<String, Map<String, Double>> blended = routed(learned, ScoreSource.BLENDED);
        List<Routing> routings = List.of(routing("blind", null, evaluationDays),
                routing("configured", configured, evaluationDays), routing("learned", learnedLevels, evaluationDays),
                routing("blended", blended, evaluationDays),
                routing("true", levels((a, p) -> a.trueLevels().get(p)), evaluationDays));
        return new Result(curve, routings);
    }

    /** Empathy learned from the same calls first, so proficiency is read net of empathy, as in the service. */
    private List<LearnedProficiency> fit(List<ServedCall> journal) {
        Map<String, Double> qaEmpathy = new HashMap<>();
        Map<String, Map<String, Integer>> configured = new HashMap<>();
        floor.agents().forEach(a -> {
            qaEmpathy.put(a.id(), a.qaEmpathy());
            configured.put(a.id(), a.configured());
        });
        Map<String, Double> empathy = new HashMap<>();
        new EmpathyModel(settings).fit(journal, qaEmpathy).agents().forEach((id, e) -> empathy.put(id, e.learned()));
        return new ProficiencyModel(settings).fit(journal, configured, empathy).levels();
    }

    private LearningCheck.CurvePoint point(int day, int calls, List<LearnedProficiency> learned) {
        Map<String, ProficiencyFloor.Agent> agents = new HashMap<>();
        floor.agents().forEach(a -> agents.put(a.id(), a));
        double[] truth = learned.stream().mapToDouble(l -> agents.get(l.agentId()).trueLevels().get(l.skill())).toArray();
        double[] estimate = learned.stream().mapToDouble(LearnedProficiency::learned).toArray();
        double[] configured = learned.stream().mapToDouble(LearnedProficiency::configured).toArray();
        long held = 0;
        for (int i = 0; i < truth.length; i++) {
            LearnedProficiency l = learned.get(i);
            held += l.lower() <= truth[i] && truth[i] <= l.upper() ? 1 : 0;
        }
        double width = learned.stream().mapToDouble(l -> l.upper() - l.lower()).average().orElse(Double.NaN);
        SpearmansCorrelation spearman = new SpearmansCorrelation();
        return new LearningCheck.CurvePoint(day, calls, spearman.correlation(estimate, truth),
                spearman.correlation(configured, truth), width, held / (double) truth.length);
    }

    private Routing routing(String source, Map<String, Map<String, Double>> levels, int evaluationDays) {
        double match = 0;
        double resolution = 0;
        double complaint = 0;
        for (int d = 0; d < evaluationDays; d++) {
            ProficiencyFloor.Day day = floor.day(FIRST_EVALUATION_DAY + d, levels);
            match += day.proficiencyMatch();
            resolution += day.resolution();
            complaint += day.complaint();
        }
        return new Routing(source, match / evaluationDays, resolution / evaluationDays, complaint / evaluationDays);
    }

    private Map<String, Map<String, Double>> routed(List<LearnedProficiency> learned, ScoreSource source) {
        Map<String, Map<String, Double>> levels = levels((a, p) -> (double) a.configured().get(p));
        learned.forEach(l -> levels.get(l.agentId()).put(l.skill(), (double) l.routed(source, settings.blendWeight())));
        return levels;
    }

    private Map<String, Map<String, Double>> levels(BiFunction<ProficiencyFloor.Agent, String, Double> level) {
        Map<String, Map<String, Double>> levels = new HashMap<>();
        for (ProficiencyFloor.Agent agent : floor.agents()) {
            Map<String, Double> byProduct = new HashMap<>();
            ProficiencyFloor.PRODUCTS.forEach(p -> byProduct.put(p, level.apply(agent, p)));
            levels.put(agent.id(), byProduct);
        }
        return levels;
    }
}
