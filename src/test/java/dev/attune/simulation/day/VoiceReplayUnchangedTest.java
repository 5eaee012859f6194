package dev.attune.simulation.day;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.attune.configuration.CatalogueFile;
import dev.attune.configuration.WeightsFile;
import dev.attune.simulation.routing.AttunePolicies;
import dev.attune.simulation.routing.PolicySettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A voice-only day replays to exactly the numbers it gave before agents held contacts per channel: every
 * policy, light and calibrated, on one seed. The expected figures were recorded with the one-contact-per-agent
 * centre (src/test/resources/simulation/voice-replay-before-channels.txt); this run's are written to
 * target/voice-replay-now.txt to compare.
 */
class VoiceReplayUnchangedTest {

    @Test
    void aVoiceOnlyDayGivesTheSameNumbersAsBeforeChannels() throws Exception {
        Path config = Path.of("config");
        List<PolicyFactory> policies = new ArrayList<>(SyntheticDayReplayTest.baselines());
        policies.addAll(AttunePolicies.all(CatalogueFile.read(config.resolve("catalogue.json")),
                WeightsFile.read(config.resolve("weights.json")),
                PolicySettings.read(config.resolve("simulation/policies.json"))));
        StringBuilder now = new StringBuilder();
        CapacityModel calibrated = CapacityModel.read(config.resolve("simulation/capacity.json"));
        for (CapacityModel capacity : List.of(CapacityModel.LIGHT, calibrated)) {
            PolicyComparison comparison = PolicyComparison.run(SyntheticDayReplayTest.replay(3, capacity), policies, 1,
                    r -> { });
            for (String policy : comparison.policies()) {
                DayResult result = comparison.results(policy).get(0);
                now.append(capacity.light() ? "light " : "calibrated ").append(policy).append(' ')
                        .append(result.routedCalls()).append(' ').append(result.values()).append('\n');
            }
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/voice-replay-now.txt"), now);
        String before = Files.readString(Path.of("src/test/resources/simulation/voice-replay-before-channels.txt"));
        assertEquals(before, now.toString());
    }
}
