package dev.attune.simulation.day;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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

/** Replications on several threads, with remembered quantiles, give exactly what a sequential run gives. */
class ParallelReplicationsTest {

    @Test
    void threadsAndTheQuantileMemoLeaveEveryResultBitIdentical() {
        Path config = Path.of("config");
        List<PolicyFactory> policies = new ArrayList<>(SyntheticDayReplayTest.baselines().subList(0, 1));
        policies.add(AttunePolicies.policy(AttunePolicies.ATTUNE, CatalogueFile.read(config.resolve("catalogue.json")),
                WeightsFile.read(config.resolve("weights.json")),
                PolicySettings.read(config.resolve("simulation/policies.json"))));
        PolicyComparison sequential = PolicyComparison.run(SyntheticDayReplayTest.replay(5), policies, 3, r -> { });
        QuantileMemo memo = QuantileMemo.create();
        PolicyComparison parallel = PolicyComparison.run(SyntheticDayReplayTest.replay(5).sharing(memo), policies, 3, 3,
                r -> { });
        assertTrue(memo.size() > 0, "the memo was used");
        // a second experiment on the same memo reads every quantile back instead of computing it
        long remembered = memo.size();
        PolicyComparison again = PolicyComparison.run(SyntheticDayReplayTest.replay(5).sharing(memo), policies, 3, 2,
                r -> { });
        assertEquals(remembered, memo.size());

        for (String policy : sequential.policies()) {
            for (int r = 0; r < 3; r++) {
                DayResult expected = sequential.results(policy).get(r);
                assertEquals(r, parallel.results(policy).get(r).replication());
                assertEquals(expected.values(), parallel.results(policy).get(r).values(), policy + " #" + r);
                assertEquals(expected.values(), again.results(policy).get(r).values(), policy + " #" + r);
                assertArrayEquals(expected.waitBySlot(), parallel.results(policy).get(r).waitBySlot(), policy + " #" + r);
            }
        }
    }
}
