package dev.attune.simulation.cli;

import dev.attune.learning.LearningSettings;
import dev.attune.simulation.day.OutcomeModel;
import dev.attune.simulation.learning.LearningCheck;
import dev.attune.simulation.learning.ProficiencyCheck;
import dev.attune.simulation.learning.ProficiencyFloor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The proficiency-learning check of docs/learning.md: per seed (one independent month: new agents, new callers) the
 * learning curve with the interval coverage, then fresh days routed on configured, learned, blended and true levels
 * against blind routing, side by side.
 *
 * <pre>./mvnw -q test-compile exec:java -Dexec.mainClass=dev.attune.simulation.cli.LearnProficiency -Dexec.args="--seeds 3"</pre>
 */
public final class LearnProficiency {
    private static final List<Integer> REPORTED_DAYS = List.of(1, 5, 10, 21);

    public static void main(String[] args) {
        Map<String, String> options = Options.read("LearnProficiency", args,
                List.of("config", "seeds", "agents", "days", "calls-per-day", "qa-noise", "evaluation-days"));
        Path config = Path.of(options.getOrDefault("config", "config"));
        int seeds = Integer.parseInt(options.getOrDefault("seeds", "3"));
        int agents = Integer.parseInt(options.getOrDefault("agents", "100"));
        int days = Integer.parseInt(options.getOrDefault("days", "21"));
        int callsPerDay = Integer.parseInt(options.getOrDefault("calls-per-day", "3000"));
        double qaNoise = Double.parseDouble(options.getOrDefault("qa-noise", "0.8"));
        int evaluationDays = Integer.parseInt(options.getOrDefault("evaluation-days", "3"));
        OutcomeModel outcome = OutcomeModel.read(config.resolve("simulation/outcome-model.json"));
        System.out.printf(Locale.ROOT, "%d agents x %d products, %d days x %d calls, QA level noise sd %.2f%n%n", agents,
                ProficiencyFloor.PRODUCTS.size(), days, callsPerDay, qaNoise);
        List<ProficiencyCheck.Result> results = new ArrayList<>();
        for (int seed = 1; seed <= seeds; seed++) {
            ProficiencyFloor floor = new ProficiencyFloor(agents, callsPerDay, qaNoise, outcome, seed);
            results.add(new ProficiencyCheck(floor, LearningSettings.defaults()).run(days, REPORTED_DAYS, evaluationDays));
        }
        System.out.println("| seed | after | calls | Spearman(learned, truth) | Spearman(QA, truth) | 90% interval: mean width | holds the truth |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (int s = 0; s < results.size(); s++) {
            for (LearningCheck.CurvePoint p : results.get(s).curve()) {
                System.out.printf(Locale.ROOT, "| %d | %d days | %,d | %.3f | %.3f | %.2f | %.1f%% |%n", s + 1, p.day(),
                        p.calls(), p.learnedRankCorrelation(), p.configuredRankCorrelation(), p.meanIntervalWidth(),
                        100 * p.intervalCoverage());
            }
        }
        System.out.printf(Locale.ROOT, "%nFresh days after the month (%d), routed on each source:%n", evaluationDays);
        System.out.println("| seed | source | stakes-weighted true level | share of true's gain | resolution | complaint |");
        System.out.println("|---|---|---|---|---|---|");
        for (int s = 0; s < results.size(); s++) {
            ProficiencyCheck.Result result = results.get(s);
            for (ProficiencyCheck.Routing r : result.routings()) {
                System.out.printf(Locale.ROOT, "| %d | %s | %.4f | %.1f%% | %.2f%% | %.2f%% |%n", s + 1, r.source(),
                        r.proficiencyMatch(), 100 * result.shareOfGain(r.source()), 100 * r.resolution(),
                        100 * r.complaint());
            }
        }
    }
}
