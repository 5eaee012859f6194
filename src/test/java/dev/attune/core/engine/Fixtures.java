package dev.attune.core.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.attune.core.domain.AgentProfile;
import dev.attune.core.domain.AgentState;
import dev.attune.core.domain.Call;
import dev.attune.core.domain.CareModel;
import dev.attune.core.domain.Catalogue;
import dev.attune.core.domain.EmotionEstimate;
import dev.attune.core.domain.Product;
import dev.attune.core.domain.RoutingConstraint;
import dev.attune.core.domain.RoutingWeights;
import dev.attune.core.domain.ServiceLevelTarget;
import dev.attune.core.engine.event.AgentProfileChanged;
import dev.attune.core.engine.event.AgentStateChanged;
import dev.attune.core.engine.event.CallArrived;
import dev.attune.core.engine.event.EmotionEstimated;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A small contact centre for engine tests: products like the real catalogue's, agents made to order. */
final class Fixtures {
    static final String POOL = "retirement";
    static final Instant T0 = Instant.parse("2025-03-03T09:00:00Z");

    static final Product ROLLOVER = new Product("401K_ROLLOVER", "401(k) rollover", "RETIREMENT", 3, "SERIES_65",
            0.8, 0.5, new ServiceLevelTarget(0.8, 30));
    static final Product CARDS = new Product("CARD_SERVICES", "Card services", "CARDS", 1, null, 0.2, 0.2,
            new ServiceLevelTarget(0.8, 20));
    static final Product FRAUD = new Product("FRAUD_DISPUTE", "Fraud dispute", "FRAUD", 2, null, 0.7, 0.6,
            new ServiceLevelTarget(0.9, 20));
    static final Catalogue CATALOGUE = new Catalogue(List.of(ROLLOVER, CARDS, FRAUD));

    private Fixtures() {
    }

    static RoutingSettings settings() {
        return settings(RoutingPolicy.defaults());
    }

    static RoutingSettings settings(RoutingPolicy policy) {
        return new RoutingSettings(CATALOGUE, CareModel.defaults(), policy, shippedWeights());
    }

    /** config/weights.json, so behaviour tests pin the weights that actually ship. */
    static RoutingWeights shippedWeights() {
        try {
            JsonNode root = new ObjectMapper().readTree(Path.of("config", "weights.json").toFile());
            Map<RoutingConstraint, Long> weights = new EnumMap<>(RoutingConstraint.class);
            root.path("weights").fields().forEachRemaining(field -> weights.put(
                    RoutingConstraint.byDisplayName(field.getKey()).orElseThrow(), field.getValue().asLong()));
            return new RoutingWeights(weights);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static AgentProfile agent(String id, Map<String, Integer> skills, double empathy, Set<String> languages) {
        return new AgentProfile(id, POOL, id, skills, languages, Set.of("SERIES_65"), empathy, 1);
    }

    /** A vulnerable, anxious caller about a large rollover: care need well above the hold threshold. */
    static Call distressedRollover(String id, Instant at) {
        return new Call(id, POOL, "cust-" + id, ROLLOVER.code(), "en", 0, true, 200_000, null, null, at, 0, Set.of(),
                new EmotionEstimate(id, 0.9, 0.3, 0.1, 0.2, -0.7, 0.8, 0.9, at));
    }

    static AgentProfile agent(String id, Map<String, Integer> skills, double empathy) {
        return new AgentProfile(id, POOL, id, skills, Set.of("en"), Set.of("SERIES_65"), empathy, 1);
    }

    static AgentProfileChanged profile(AgentProfile profile, Instant at) {
        return new AgentProfileChanged(profile, at);
    }

    static AgentStateChanged state(String agentId, AgentState state, Instant at) {
        return new AgentStateChanged(POOL, agentId, state, null, at);
    }

    static AgentStateChanged busyUntil(String agentId, Instant freeAt, Instant at) {
        return new AgentStateChanged(POOL, agentId, AgentState.BUSY, freeAt, at);
    }

    static Call call(String id, Product product, Instant at) {
        return call(id, product, 0, at);
    }

    static Call call(String id, Product product, double amount, Instant at) {
        return new Call(id, POOL, "cust-" + id, product.code(), "en", 0, false, amount, null, null, at, 0, Set.of(),
                null);
    }

    static CallArrived arrived(Call call) {
        return new CallArrived(call);
    }

    static EmotionEstimated anxious(String callId, double anxiety, Instant at) {
        return new EmotionEstimated(POOL, new EmotionEstimate(callId, anxiety, 0.1, 0.0, 0.1, -0.5, 0.6, 0.9, at));
    }
}
