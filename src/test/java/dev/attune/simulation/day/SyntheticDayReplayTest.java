package dev.attune.simulation.day;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.configuration.CatalogueFile;
import dev.attune.core.domain.Catalogue;
import dev.attune.simulation.routing.BaselinePolicies;
import dev.attune.simulation.routing.PolicySettings;
import dev.attune.simulation.trace.CallLog;
import dev.attune.simulation.trace.SyntheticDay;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The synthetic day replayed under the baselines with the shipped overlay and outcome model. */
class SyntheticDayReplayTest {
    static final Path CONFIG = Path.of("config");

    static LogReplay replay(long seed) {
        return replay(seed, CapacityModel.LIGHT);
    }

    static LogReplay replay(long seed, CapacityModel capacity) {
        Catalogue catalogue = CatalogueFile.read(CONFIG.resolve("catalogue.json"));
        SyntheticDay day = SyntheticDay.read(CONFIG.resolve("simulation/synthetic-day.json"));
        CallLog log = day.generate(seed);
        return new LogReplay(log, new PatienceModel(day.meanPatienceSeconds()), capacity, catalogue,
                OverlayModel.read(CONFIG.resolve("simulation/overlay.json")),
                OutcomeModel.read(CONFIG.resolve("simulation/outcome-model.json")), seed);
    }

    static List<PolicyFactory> baselines() {
        return BaselinePolicies.all(PolicySettings.read(CONFIG.resolve("simulation/policies.json")));
    }

    @Test
    void everyCallerEndsAndTheMeasuresAreSane() {
        PolicyComparison comparison = PolicyComparison.run(replay(11), baselines(), 2, r -> { });
        for (String policy : comparison.policies()) {
            for (DayResult result : comparison.results(policy)) {
                assertTrue(result.routedCalls() > 1000, policy + " routed " + result.routedCalls());
                double sl = result.value(DayMetric.SERVICE_LEVEL);
                double abandonment = result.value(DayMetric.ABANDONMENT);
                assertTrue(sl > 0 && sl <= 100 && abandonment >= 0 && abandonment < 50, policy + ": " + result.values());
                assertTrue(result.value(DayMetric.DISTRESS_WEIGHTED_EMPATHY) > 0.2, policy + ": " + result.values());
                assertTrue(result.value(DayMetric.MAX_EMOTIONAL_LOAD) > 0, policy + ": " + result.values());
            }
        }
    }

    @Test
    void policiesMeetTheSameCallersAndASeedReplaysExactly() {
        LogReplay first = replay(5);
        LogReplay second = replay(5);
        LogReplay.Replication a = first.replication(1);
        LogReplay.Replication b = second.replication(1);
        assertEquals(a.callers().size(), b.callers().size());
        for (int i = 0; i < a.callers().size(); i += 97) {
            assertEquals(a.callers().get(i).product(), b.callers().get(i).product());
            assertEquals(a.callers().get(i).patience(), b.callers().get(i).patience());
        }
        assertEquals(a.profiles(), b.profiles());
        PolicyFactory longestIdle = baselines().get(0);
        assertEquals(first.run(a, longestIdle).values(), second.run(b, longestIdle).values());
    }
}
