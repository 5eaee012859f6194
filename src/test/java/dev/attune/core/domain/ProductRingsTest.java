package dev.attune.core.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The bullseye as a workforce manager configures it: who a caller may be offered to after each wait. */
class ProductRingsTest {
    /** FRAUD, catalogue minimum 2: level 4+ first, 3+ after 20 s, 2+ after 40 s, generalists at 4+ after 60 s. */
    private static final Product FRAUD = new Product("FRAUD_DISPUTE", "Fraud dispute", "FRAUD", 2, null, 0.7, 0.6,
            new ServiceLevelTarget(0.8, 20), List.of(new RelaxationRing(0, 4), new RelaxationRing(20, 3),
                    new RelaxationRing(40, 2), RelaxationRing.overflow(60, "GENERAL", 4)));

    private static AgentProfile agent(Map<String, Integer> skills) {
        return new AgentProfile("a", "pool", "a", skills, Set.of("en"), Set.of(), 0.5, 1);
    }

    private static String admittedAt(long waitSeconds) {
        StringBuilder admitted = new StringBuilder();
        List<AgentProfile> agents = List.of(agent(Map.of("FRAUD", 5)), agent(Map.of("FRAUD", 3)),
                agent(Map.of("FRAUD", 2)), agent(Map.of("FRAUD", 1, "GENERAL", 4)), agent(Map.of("GENERAL", 3)));
        for (AgentProfile profile : agents) {
            admitted.append(FRAUD.ringAdmits(profile, waitSeconds) ? 'y' : '.');
        }
        return admitted.toString();
    }

    @Test
    void eachRingAdmitsItsOwnLevelAndTheOverflowRingAddsTheGeneralists() {
        assertEquals("y....", admittedAt(0), "4+ only");
        assertEquals("y....", admittedAt(19));
        assertEquals("yy...", admittedAt(20), "3+");
        assertEquals("yyy..", admittedAt(40), "the catalogue minimum, 2+");
        assertEquals("yyyy.", admittedAt(60), "and generalists at 4+, not at 3");
        assertEquals("yyyy.", admittedAt(3_600));
    }

    @Test
    void aProductWithoutRingsAdmitsTheCatalogueMinimumFromTheFirstSecond() {
        Product plain = new Product("CARDS", "Cards", "CARDS", 2, null, 0.2, 0.2, new ServiceLevelTarget(0.8, 20));
        AgentProfile two = agent(Map.of("CARDS", 2));
        AgentProfile one = agent(Map.of("CARDS", 1));
        assertEquals(List.of(true, false, true, false), List.of(plain.ringAdmits(two, 0), plain.ringAdmits(one, 0),
                plain.ringAdmits(two, 600), plain.ringAdmits(one, 600)));
    }
}
