package dev.attune.core.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A skill's name read from the roster and the same name read from the catalogue are one instance once in a profile
 * and a product, so the proficiency lookup made for every candidate compares references (docs/load-test.md,
 * session 17). What a profile says is unchanged.
 */
class SkillNameIdentityTest {

    @Test
    void aProfilesSkillAndAProductsSkillReadSeparatelyAreOneInstance() {
        String fromRoster = new String("FRAUD_DISPUTE");
        String fromCatalogue = new String("FRAUD_DISPUTE");
        String overflowFromCatalogue = new String("CARDS");
        assertNotSame(fromRoster, fromCatalogue);

        AgentProfile profile = new AgentProfile("a1", "pool", null, Map.of(fromRoster, 4, new String("CARDS"), 3),
                Set.of("en"), Set.of(), 0.5, 1);
        Product product = new Product("FRAUD", "Fraud dispute", fromCatalogue, 3, null, 0.8, 0.6,
                new ServiceLevelTarget(0.8, 20), List.of(new RelaxationRing(0, 4), new RelaxationRing(30, 3),
                        RelaxationRing.overflow(60, overflowFromCatalogue, 3)));

        String profileKey = profile.skills().keySet().stream().filter("FRAUD_DISPUTE"::equals).findFirst().orElseThrow();
        assertSame(product.requiredSkill(), profileKey);
        assertSame(product.rings().get(2).overflowSkill(),
                profile.skills().keySet().stream().filter("CARDS"::equals).findFirst().orElseThrow());
        assertEquals(Map.of("FRAUD_DISPUTE", 4, "CARDS", 3), profile.skills());
        assertEquals(4, profile.proficiency(new String("FRAUD_DISPUTE")), "a name not interned is still found");
        assertEquals(0, profile.proficiency("MORTGAGE"));
    }
}
