package dev.attune.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.attune.core.domain.AgentProfile;
import dev.attune.core.domain.Product;
import dev.attune.core.domain.ServiceLevelTarget;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** An agent's empathy reserve is the same whether the products they qualify for were worked out beforehand or not. */
class QualifiedProductsTest {
    private static final List<String> SKILLS = List.of("RETIREMENT", "CARDS", "FRAUD", "MORTGAGE", "ESTATES");
    private static final List<String> LICENCES = List.of("SERIES_65", "SERIES_7", "NMLS");

    @Test
    void everyAgentsReserveIsTheSumOfTheExpectedHighCareCallersOfTheProductsTheyQualifyFor() {
        Random random = new Random(22);
        for (int pool = 0; pool < 300; pool++) {
            List<Product> products = catalogue(random);
            List<AgentProfile> roster = new ArrayList<>();
            for (int i = 0, size = 1 + random.nextInt(40); i < size; i++) {
                roster.add(profile("a" + i, random));
            }
            Map<String, Double> expected = expected(products, random);
            double[] sorted = roster.stream().mapToDouble(AgentProfile::empathy).sorted().toArray();
            double topQuartileFrom = EmpathyReserve.topQuartileFrom(sorted);
            double median = EmpathyReserve.median(sorted);
            List<AgentProfile> kept = roster.stream().filter(p -> random.nextInt(3) > 0).toList();
            EmpathyReserve reserve = EmpathyReserve.of(topQuartileFrom, median,
                    QualifiedProducts.of(products, kept), expected);
            for (AgentProfile profile : roster) {
                assertEquals(byDefinition(profile, products, expected, topQuartileFrom, median), reserve.of(profile),
                        "pool " + pool + ", agent " + profile);
            }
        }
    }

    /** The class comment's formula, product by product in the catalogue's order. */
    private static double byDefinition(AgentProfile profile, List<Product> products, Map<String, Double> expected,
            double topQuartileFrom, double median) {
        if (profile.empathy() < topQuartileFrom) {
            return 0;
        }
        double demand = 0;
        for (Product product : products) {
            double calls = expected.getOrDefault(product.code(), 0.0);
            if (calls > 0 && profile.proficiency(product.requiredSkill()) >= product.minimumProficiency()
                    && profile.holdsLicence(product.requiredLicence())) {
                demand += calls;
            }
        }
        return Math.max(0, profile.empathy() - median) * demand;
    }

    private static List<Product> catalogue(Random random) {
        List<Product> products = new ArrayList<>();
        for (int i = 0, size = 1 + random.nextInt(12); i < size; i++) {
            String licence = random.nextBoolean() ? null : LICENCES.get(random.nextInt(LICENCES.size()));
            products.add(new Product("P" + i, "Product " + i, SKILLS.get(random.nextInt(SKILLS.size())),
                    1 + random.nextInt(5), licence, random.nextDouble(), random.nextDouble(),
                    new ServiceLevelTarget(0.8, 20)));
        }
        return products;
    }

    private static AgentProfile profile(String id, Random random) {
        Map<String, Integer> skills = new HashMap<>();
        SKILLS.forEach(skill -> {
            if (random.nextInt(3) > 0) {
                skills.put(skill, 1 + random.nextInt(5));
            }
        });
        Set<String> licences = new HashSet<>();
        LICENCES.forEach(licence -> {
            if (random.nextBoolean()) {
                licences.add(licence);
            }
        });
        double empathy = random.nextInt(4) == 0 ? 0.5 : Math.round(random.nextDouble() * 100) / 100.0;
        return new AgentProfile(id, "pool", id, skills, Set.of("en"), licences, empathy, 1);
    }

    /** Some products expect none, some a fraction of a call, and one code is not in the catalogue. */
    private static Map<String, Double> expected(List<Product> products, Random random) {
        Map<String, Double> expected = new HashMap<>();
        for (Product product : products) {
            if (random.nextInt(3) > 0) {
                expected.put(product.code(), random.nextInt(4) == 0 ? 0.0 : random.nextDouble() * 3);
            }
        }
        expected.put("RETIRED_PRODUCT", 2.0);
        return expected;
    }

    @Test
    void profilesThatQualifyForTheSameProductsShareOneAnswer() {
        Product cards = new Product("CARDS", "Cards", "CARDS", 1, null, 0.2, 0.2, new ServiceLevelTarget(0.8, 20));
        Product rollover = new Product("ROLLOVER", "Rollover", "RETIREMENT", 3, "SERIES_65", 0.8, 0.5,
                new ServiceLevelTarget(0.8, 30));
        AgentProfile one = new AgentProfile("one", "pool", "one", Map.of("CARDS", 2, "RETIREMENT", 4), Set.of("en"),
                Set.of("SERIES_65"), 0.9, 1);
        AgentProfile two = new AgentProfile("two", "pool", "two", Map.of("CARDS", 5, "RETIREMENT", 3), Set.of("en"),
                Set.of("SERIES_65", "NMLS"), 0.8, 1);
        QualifiedProducts qualified = QualifiedProducts.of(List.of(cards, rollover), List.of(one, two));
        assertEquals("[0, 1]", Arrays.toString(qualified.of(one)));
        assertSame(qualified.of(one), qualified.of(two));
    }
}
