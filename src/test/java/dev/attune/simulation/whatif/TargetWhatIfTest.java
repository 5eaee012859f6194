package dev.attune.simulation.whatif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.configuration.CatalogueFile;
import dev.attune.configuration.WeightsFile;
import dev.attune.core.domain.RoutingConstraint;
import dev.attune.core.domain.RoutingWeights;
import dev.attune.simulation.trace.SyntheticBankLog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The what-if against longest-idle on a generated morning in the bank log's format ({@link SyntheticBankLog}), on the
 * shipped config/: three
 * policies on the calibrated replay, every figure measured, and the verdicts the command line would print.
 */
class TargetWhatIfTest {
    private static final Path CONFIG = Path.of("config");
    private static final Path SAMPLE = SyntheticBankLog.folder();

    @Test
    void judgesTheWeightsInForceAndTheProposalAgainstLongestIdle() {
        RoutingWeights current = WeightsFile.read(CONFIG.resolve("weights.json"));
        RoutingWeights proposed = current.with(RoutingConstraint.EMPATHY_FOR_DISTRESS, 40);
        List<Double> progress = new ArrayList<>();
        TargetComparison result = new TargetWhatIf(() -> CatalogueFile.read(CONFIG.resolve("catalogue.json")), CONFIG,
                SAMPLE).compare(current, proposed, "january", 1, 2, 11, progress::add);

        assertTrue(result.scenario().contains("calibrated replay (capacity fitted on january), 2 replications, seed 11"),
                result.scenario());
        assertEquals(List.of("longest-idle", "current", "proposed"),
                result.policies().stream().map(TargetComparison.Policy::name).toList());
        for (TargetComparison.Policy policy : result.policies()) {
            assertNotNull(policy.ceiling(), policy.toString());
            assertNotNull(policy.asa(), policy.toString());
            assertNotNull(policy.abandonment(), policy.toString());
            assertTrue(policy.ceiling().mean() >= policy.highCareShare().mean(), policy.toString());
        }
        assertEquals(1.0, result.policies().get(0).shareRatio().mean(), 1e-12);
        assertEquals(List.of("current", "proposed"),
                result.verdicts().stream().map(TargetComparison.Judged::policy).toList());
        for (TargetComparison.Judged judged : result.verdicts()) {
            assertEquals(5, judged.targets().size());
            for (TargetComparison.Verdict verdict : judged.targets()) {
                // each verdict is in the report as the command line prints it (TargetVerdicts.Verdict.line)
                assertTrue(result.report().contains(verdict.target()), verdict.target());
                assertTrue(List.of("met", "NOT met", "undecided").contains(verdict.verdict()), verdict.toString());
            }
        }
        assertTrue(result.report().contains("Targets, proposed against longest-idle"), result.report());
        assertEquals(1.0, progress.get(progress.size() - 1), 1e-12);
    }

    @Test
    void aMonthWithoutItsLogSaysWhere() {
        TargetWhatIf whatIf = new TargetWhatIf(() -> CatalogueFile.read(CONFIG.resolve("catalogue.json")), CONFIG,
                SAMPLE);
        RoutingWeights weights = WeightsFile.read(CONFIG.resolve("weights.json"));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> whatIf.compare(weights, weights, "february", 1, 1, 1, p -> { }));
        assertTrue(e.getMessage().contains("no february log"), e.getMessage());
    }
}
