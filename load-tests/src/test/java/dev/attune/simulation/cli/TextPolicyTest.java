package dev.attune.simulation.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.simulation.routing.BaselinePolicies;
import dev.attune.simulation.routing.PolicySettings;
import dev.attune.simulation.text.SpokenUtterances;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The text policy is made only when GoEmotions is there; without it the run goes on with the other policies. */
class TextPolicyTest {
    @Test
    void withoutTheDataTheTextPolicyIsLeftOutAndTheOthersRun(@TempDir Path empty) {
        assertTrue(SpokenUtterances.read(empty, TextPolicy.GROUPS).isEmpty());
        PolicySettings settings = PolicySettings.read(Path.of("config/simulation/policies.json"));
        assertEquals("longest-idle,attune", TextPolicy.withoutWhenMissing("longest-idle,attune,attune-text",
                BaselinePolicies.all(settings)));
    }
}
