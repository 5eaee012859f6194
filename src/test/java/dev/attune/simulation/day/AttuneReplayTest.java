package dev.attune.simulation.day;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.configuration.CatalogueFile;
import dev.attune.configuration.WeightsFile;
import dev.attune.simulation.routing.AttunePolicies;
import dev.attune.simulation.routing.PolicySettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The real routing engine drives the synthetic day: it serves every caller the baselines serve, reproducibly. */
class AttuneReplayTest {

    @Test
    void theRealEngineRoutesASyntheticDayAndASeedReplaysExactly() {
        Path config = Path.of("config");
        List<PolicyFactory> policies = new ArrayList<>(SyntheticDayReplayTest.baselines().subList(0, 1));
        policies.addAll(AttunePolicies.all(CatalogueFile.read(config.resolve("catalogue.json")),
                WeightsFile.read(config.resolve("weights.json")),
                PolicySettings.read(config.resolve("simulation/policies.json"))));
        PolicyComparison first = PolicyComparison.run(SyntheticDayReplayTest.replay(3), policies, 1, r -> { });
        PolicyComparison again = PolicyComparison.run(SyntheticDayReplayTest.replay(3), policies, 1, r -> { });

        DayResult longestIdle = first.results("longest-idle").get(0);
        for (String policy : List.of(AttunePolicies.ATTUNE, AttunePolicies.ATTUNE_NO_EMOTION)) {
            DayResult attune = first.results(policy).get(0);
            assertEquals(longestIdle.routedCalls(), attune.routedCalls());
            assertTrue(attune.value(DayMetric.ABANDONMENT) < longestIdle.value(DayMetric.ABANDONMENT) + 2,
                    policy + " " + attune.values() + " vs " + longestIdle.values());
            assertEquals(attune.values(), again.results(policy).get(0).values(), policy + " must replay exactly");
        }
    }
}
