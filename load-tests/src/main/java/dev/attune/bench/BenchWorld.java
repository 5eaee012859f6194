package dev.attune.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.attune.core.domain.AgentProfile;
import dev.attune.core.domain.Call;
import dev.attune.core.domain.Catalogue;
import dev.attune.core.domain.EmotionEstimate;
import dev.attune.core.domain.Product;
import dev.attune.core.domain.RoutingConstraint;
import dev.attune.core.domain.RoutingWeights;
import dev.attune.core.domain.ServiceLevelTarget;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The synthetic contact centre the benchmark runs on: the product catalogue and weights from config/
 * (with a built-in copy of the catalogue for branches that do not have the file yet), a product mix, and
 * agents and callers drawn from a seeded random source so every run sees the same world.
 */
final class BenchWorld {
    static final String POOL = "bench";

    /** Share of calls per product, roughly a retail bank's line: general and cards dominate. */
    private static final Map<String, Double> MIX = Map.of(
            "GENERAL", 0.30, "CARD_SERVICES", 0.22, "FRAUD_DISPUTE", 0.12, "401K_ROLLOVER", 0.07, "IRA", 0.07,
            "HSA", 0.07, "FSA", 0.05, "MORTGAGE_HARDSHIP", 0.06, "BEREAVEMENT", 0.04);

    final Catalogue catalogue;
    final RoutingWeights weights;
    private final List<Product> products;
    private final double[] cumulative;

    BenchWorld(Path configDir) {
        this.catalogue = catalogue(configDir.resolve("catalogue.json"));
        this.weights = weights(configDir.resolve("weights.json"));
        this.products = new ArrayList<>(catalogue.products());
        this.cumulative = new double[products.size()];
        double sum = 0;
        for (int i = 0; i < products.size(); i++) {
            sum += MIX.getOrDefault(products.get(i).code(), 0.05);
            cumulative[i] = sum;
        }
        for (int i = 0; i < cumulative.length; i++) {
            cumulative[i] /= sum;
        }
    }

    Product randomProduct(Random random) {
        double u = random.nextDouble();
        for (int i = 0; i < cumulative.length; i++) {
            if (u <= cumulative[i]) {
                return products.get(i);
            }
        }
        return products.get(products.size() - 1);
    }

    /**
     * An agent with GENERAL plus one to three specialities, proficiency 1-5, licences for the specialities
     * that need them (most of the time), English plus sometimes Spanish, empathy around 0.6.
     */
    AgentProfile randomAgent(Random random, String id) {
        Map<String, Integer> skills = new HashMap<>();
        Set<String> licences = new HashSet<>();
        skills.put("GENERAL", 1 + random.nextInt(5));
        int specialities = 1 + random.nextInt(3);
        for (int i = 0; i < specialities; i++) {
            Product product = randomProduct(random);
            skills.merge(product.requiredSkill(), 1 + random.nextInt(5), Math::max);
            if (product.requiredLicence() != null && random.nextDouble() < 0.8) {
                licences.add(product.requiredLicence());
            }
        }
        Set<String> languages = random.nextDouble() < 0.2 ? Set.of("en", "es") : Set.of("en");
        double empathy = Math.max(0, Math.min(1, 0.6 + 0.2 * random.nextGaussian()));
        return new AgentProfile(id, POOL, id, skills, languages, licences, Math.round(empathy * 100) / 100.0, 1);
    }

    /** A caller: mostly calm, some anxious or angry, some with large sums at stake, a few vulnerable. */
    Call randomCall(Random random, String id, Instant arrivedAt, List<String> agentIds) {
        Product product = randomProduct(random);
        String language = random.nextDouble() < 0.08 ? "es" : "en";
        double amount = product.baseStakes() >= 0.6 && random.nextDouble() < 0.6 ? 5_000 + random.nextInt(300_000) : 0;
        String lastAgent = random.nextDouble() < 0.1 && !agentIds.isEmpty()
                ? agentIds.get(random.nextInt(agentIds.size())) : null;
        return new Call(id, POOL, "cust-" + id, product.code(), language, random.nextDouble() < 0.05 ? 1 : 0,
                random.nextDouble() < 0.06, amount, product.code().equals("BEREAVEMENT") ? "BEREAVEMENT" : null,
                lastAgent, arrivedAt, 0, Set.of(), randomEmotion(random, id, arrivedAt));
    }

    EmotionEstimate randomEmotion(Random random, String callId, Instant at) {
        double mood = random.nextDouble();
        double anxiety = mood < 0.3 ? 0.5 + 0.5 * random.nextDouble() : 0.3 * random.nextDouble();
        double frustration = 0.6 * random.nextDouble();
        double anger = mood > 0.9 ? 0.5 + 0.5 * random.nextDouble() : 0.2 * random.nextDouble();
        double confusion = 0.5 * random.nextDouble();
        return new EmotionEstimate(callId, anxiety, frustration, anger, confusion, -random.nextDouble(),
                random.nextDouble(), 0.5 + 0.5 * random.nextDouble(), at);
    }

    private static Catalogue catalogue(Path file) {
        if (!Files.exists(file)) {
            return builtInCatalogue();
        }
        try {
            List<Product> products = new ArrayList<>();
            for (JsonNode p : new ObjectMapper().readTree(file.toFile()).path("products")) {
                JsonNode sl = p.path("serviceLevel");
                products.add(new Product(p.path("code").asText(), p.path("label").asText(),
                        p.path("requiredSkill").asText(), p.path("minimumProficiency").asInt(),
                        p.path("requiredLicence").isNull() ? null : p.path("requiredLicence").asText(null),
                        p.path("baseStakes").asDouble(), p.path("baseDistress").asDouble(),
                        new ServiceLevelTarget(sl.path("share").asDouble(), sl.path("thresholdSeconds").asInt())));
            }
            return new Catalogue(products);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The values of config/catalogue.json, for a checkout that lacks the file. */
    private static Catalogue builtInCatalogue() {
        return new Catalogue(List.of(
                product("401K_ROLLOVER", "401(k) rollover", "RETIREMENT", 3, "FINRA_SERIES_7", 0.85, 0.45, 0.8, 30),
                product("IRA", "IRA contributions and distributions", "RETIREMENT", 2, null, 0.6, 0.3, 0.8, 30),
                product("HSA", "Health savings account", "HEALTH_ACCOUNTS", 2, null, 0.45, 0.3, 0.8, 20),
                product("FSA", "Flexible spending account", "HEALTH_ACCOUNTS", 1, null, 0.35, 0.3, 0.8, 20),
                product("FRAUD_DISPUTE", "Fraud and disputed transactions", "FRAUD", 2, null, 0.75, 0.7, 0.9, 15),
                product("CARD_SERVICES", "Card services", "CARDS", 1, null, 0.2, 0.2, 0.8, 20),
                product("MORTGAGE_HARDSHIP", "Mortgage hardship and forbearance", "MORTGAGE_SERVICING", 3, "NMLS",
                        0.9, 0.75, 0.8, 30),
                product("BEREAVEMENT", "Bereavement and estate support", "BEREAVEMENT_SUPPORT", 3, null, 0.8, 0.8,
                        0.8, 30),
                product("GENERAL", "General enquiries", "GENERAL", 1, null, 0.1, 0.15, 0.8, 20)));
    }

    private static Product product(String code, String label, String skill, int min, String licence, double stakes,
            double distress, double share, int seconds) {
        return new Product(code, label, skill, min, licence, stakes, distress, new ServiceLevelTarget(share, seconds));
    }

    private static RoutingWeights weights(Path file) {
        if (!Files.exists(file)) {
            return new RoutingWeights(Map.of());
        }
        try {
            Map<RoutingConstraint, Long> weights = new EnumMap<>(RoutingConstraint.class);
            new ObjectMapper().readTree(file.toFile()).path("weights").fields().forEachRemaining(f -> weights.put(
                    RoutingConstraint.byDisplayName(f.getKey()).orElseThrow(() -> new IllegalArgumentException(
                            file + ": unknown constraint '" + f.getKey() + "'")), f.getValue().asLong()));
            return new RoutingWeights(weights);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
