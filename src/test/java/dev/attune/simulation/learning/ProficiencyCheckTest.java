package dev.attune.simulation.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.learning.LearningSettings;
import dev.attune.simulation.day.OutcomeModel;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A small month (40 agents x 4 products, 10 days): the learning curve carries the interval coverage, and fresh days
 * routed on each source are ordered as they must be: blind gains nothing, true levels gain everything, learned levels
 * route better than the QA levels they were learned from.
 */
class ProficiencyCheckTest {
    @Test
    void learnedLevelsRouteBetterThanQaAndTheCurveReportsCoverage() {
        ProficiencyFloor floor = new ProficiencyFloor(40, 1500, 0.8,
                OutcomeModel.read(Path.of("config/simulation/outcome-model.json")), 3);
        ProficiencyCheck.Result result = new ProficiencyCheck(floor, LearningSettings.defaults())
                .run(10, List.of(5, 10), 2);

        assertEquals(List.of(5, 10), result.curve().stream().map(LearningCheck.CurvePoint::day).toList());
        LearningCheck.CurvePoint last = result.curve().get(1);
        assertEquals(15_000, last.calls());
        assertTrue(last.intervalCoverage() > 0 && last.intervalCoverage() <= 1, last.toString());
        assertTrue(last.learnedRankCorrelation() > last.configuredRankCorrelation(), "better than QA: " + last);
        assertEquals(0, result.shareOfGain("blind"), 1e-12);
        assertEquals(1, result.shareOfGain("true"), 1e-12);
        assertTrue(result.shareOfGain("learned") > result.shareOfGain("configured"), result.routings().toString());
        assertTrue(result.routing("true").resolution() > result.routing("blind").resolution(), result.routings().toString());
    }
}
