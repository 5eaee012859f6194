package dev.attune.simulation.learning;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.configuration.CatalogueFile;
import dev.attune.learning.EmpathyModel;
import dev.attune.learning.LearningSettings;
import dev.attune.simulation.day.OutcomeModel;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A small month (40 agents, 10 days): learned scores rank agents closer to the truth than QA and route nearly as well. */
class LearningCheckTest {
    @Test
    void learnedScoresRecoverTheHiddenTruthAndKeepMostOfItsRoutingGain() {
        LearningMonth config = LearningMonth.read(Path.of("config/simulation/learning-month.json"));
        LearningMonth month = new LearningMonth(config.description(), 40, 10, 1200, config.trueEmpathyMean(),
                config.trueEmpathySd(), config.qaNoiseSd(), config.estimateNoiseSd(), config.csatShare(),
                config.vulnerableShare(), config.vulnerabilityBoost(), config.distressConcentration(),
                config.minutesWaited(), config.proficiency(), config.maxCallsAtOnce(), config.maxExtraFreeAgents());
        SimulatedFloor floor = new SimulatedFloor(month, List.copyOf(CatalogueFile.read(Path.of("config/catalogue.json")).products()),
                OutcomeModel.read(Path.of("config/simulation/outcome-model.json")), 11);

        LearningCheck.Result result = new LearningCheck(floor, new EmpathyModel(LearningSettings.defaults())).run(10, 1);

        LearningCheck.CurvePoint last = result.curve().get(9);
        assertTrue(last.learnedRankCorrelation() > 0.8, "rank correlation " + last);
        assertTrue(last.learnedRankCorrelation() > last.configuredRankCorrelation(), "better than QA: " + last);
        assertTrue(result.routing().learnedShareOfGain() > 0.85, "share of gain " + result.routing());
        assertTrue(result.routing().learned() > result.routing().configured(), "learned beats QA: " + result.routing());
    }
}
