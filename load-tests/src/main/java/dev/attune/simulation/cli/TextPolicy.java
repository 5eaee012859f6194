package dev.attune.simulation.cli;

import dev.attune.core.domain.Catalogue;
import dev.attune.core.domain.RoutingWeights;
import dev.attune.simulation.day.PolicyFactory;
import dev.attune.simulation.routing.AttunePolicies;
import dev.attune.simulation.routing.PolicySettings;
import dev.attune.simulation.text.SpokenUtterances;
import dev.attune.simulation.text.TextEmotionFeed;
import dev.attune.text.TextEstimator;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * "attune-text": Attune at the same weights, told about emotions by the text estimator reading what each
 * caller says (GoEmotions dev comments drawn by the caller's simulated emotion) instead of the overlay's
 * noisy analytics. Only on request (--policies ...,attune-text), and only when the GoEmotions data is there
 * (else the run goes on without it).
 */
final class TextPolicy {
    static final String NAME = "attune-text";
    /** The shared data folder; -Dattune.data=DIR when the project is not checked out beside it. */
    static final Path DATA = Path.of(System.getProperty("attune.data", "../shared/data"));
    static final Path GROUPS = Path.of("config/text/emotion-groups.json");

    private TextPolicy() {
    }

    static Optional<PolicyFactory> create(Catalogue catalogue, RoutingWeights weights, PolicySettings settings) {
        Optional<SpokenUtterances> utterances = SpokenUtterances.read(DATA, GROUPS);
        if (utterances.isEmpty()) {
            System.out.println(NAME + " left out: no GoEmotions dev at " + DATA.resolve("goemotions"));
            return Optional.empty();
        }
        TextEstimator estimator = TextEstimator.shipped();
        TextEmotionFeed feed = new TextEmotionFeed(utterances.get(), estimator);
        return Optional.of(AttunePolicies.policy(NAME, catalogue, weights, settings, context -> feed));
    }

    /** The requested names, less attune-text when it could not be made. */
    static String withoutWhenMissing(String names, List<PolicyFactory> available) {
        if (available.stream().anyMatch(p -> p.name().equals(NAME))) {
            return names;
        }
        return Arrays.stream(names.split(",")).map(String::strip).filter(n -> !n.equals(NAME))
                .collect(Collectors.joining(","));
    }
}
