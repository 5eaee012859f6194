package dev.attune.simulation.day;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.simulation.des.Estimate;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped sensitivity variants apply to the shipped files; a verdict reads the whole interval. */
class SensitivityAndVerdictsTest {
    static final Path CONFIG = Path.of("config/simulation");

    @Test
    void everyShippedVariantAppliesAndChangesWhatItNames() {
        OverlayModel overlay = OverlayModel.read(CONFIG.resolve("overlay.json"));
        List<SensitivityVariants.Models> variants = SensitivityVariants.read(CONFIG.resolve("sensitivity.json"))
                .apply(CONFIG.resolve("overlay.json"), CONFIG.resolve("outcome-model.json"));
        assertTrue(variants.size() >= 10);
        SensitivityVariants.Models neutral = variants.stream()
                .filter(v -> v.name().equals("handle times neutral to proficiency")).findFirst().orElseThrow();
        assertEquals(List.of(1.0, 1.0, 1.0, 1.0, 1.0), neutral.overlay().handleTime().proficiencyFactor());
        assertEquals(overlay.handleTime().carePenalty(), neutral.overlay().handleTime().carePenalty());
        SensitivityVariants.Models noisy = variants.stream()
                .filter(v -> v.name().startsWith("analytics noise")).findFirst().orElseThrow();
        assertEquals(2 * overlay.analytics().noiseSd(), noisy.overlay().analytics().noiseSd(), 1e-12);
    }

    @Test
    void aVerdictIsMetOnlyWhenTheWholeIntervalIsOnTheRightSide() {
        assertEquals("met", new TargetVerdicts.Verdict("ratio", new Estimate(3.5, 0.4, 10), 3, true, "x").verdict());
        assertEquals("undecided", new TargetVerdicts.Verdict("ratio", new Estimate(3.2, 0.4, 10), 3, true, "x").verdict());
        assertEquals("NOT met", new TargetVerdicts.Verdict("ratio", new Estimate(1.2, 0.1, 10), 3, true, "x").verdict());
        assertEquals("met", new TargetVerdicts.Verdict("ASA", new Estimate(-2, 3, 10), 5, false, "%").verdict());
        assertEquals("NOT met", new TargetVerdicts.Verdict("ASA", new Estimate(9, 3, 10), 5, false, "%").verdict());
    }
}
