package dev.attune.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.core.domain.AgentProfile;
import dev.attune.core.domain.Catalogue;
import dev.attune.core.domain.Product;
import dev.attune.core.domain.ServiceLevelTarget;
import dev.attune.core.scoring.MatchTerms;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.Test;

/**
 * The free agents come best profile bound first for any call, weights and care, whatever joined, left or changed
 * profile before: what lets the explanation stop walking at the first bound too low to be named.
 */
class FreeByProfileTest {
    private static final List<String> SKILLS = List.of("RETIREMENT", "FRAUD", "CARDS");

    private static Catalogue catalogue() {
        List<Product> products = new ArrayList<>();
        for (String skill : SKILLS) {
            products.add(new Product(skill, skill, skill, 3, null, 0.5, 0.5, new ServiceLevelTarget(0.8, 20)));
        }
        return new Catalogue(products);
    }

    private static AgentProfile randomProfile(Random random, String id) {
        Map<String, Integer> skills = new HashMap<>();
        for (String skill : SKILLS) {
            if (random.nextInt(4) > 0) {
                skills.put(skill, 1 + random.nextInt(5));
            }
        }
        // empathy in tenths, so many agents tie on it and on their bound
        return new AgentProfile(id, "pool", null, skills, Set.of("en"), Set.of(), random.nextInt(11) / 10.0, 1);
    }

    /** {@link MatchTerms#profileScoreBound}'s two terms, for a call of this care and stakes. */
    private static ToLongFunction<AgentProfile> bound(String skill, double care, double stakes, long empathyWeight,
            long proficiencyWeight) {
        return p -> -empathyWeight * MatchTerms.empathyForDistress(care, p.empathy())
                - proficiencyWeight * MatchTerms.proficiencyForStakes(stakes, p.proficiency(skill));
    }

    @Test
    void everyFreeAgentComesOnceWithItsBoundAndNoBoundRisesAlongTheWay() {
        Random random = new Random(18);
        FreeByProfile byProfile = new FreeByProfile(catalogue());
        Map<String, AgentProfile> free = new HashMap<>();
        for (int step = 0; step < 3_000; step++) {
            String id = "a" + random.nextInt(60);
            if (random.nextInt(3) == 0) {
                byProfile.notFree(id);
                free.remove(id);
            } else {
                AgentProfile profile = random.nextBoolean() && free.containsKey(id) ? free.get(id) : randomProfile(random, id);
                byProfile.free(profile);
                free.put(id, profile);
            }
            if (step % 10 == 0) {
                String skill = random.nextInt(5) == 0 ? "NOT_REQUIRED" : SKILLS.get(random.nextInt(SKILLS.size()));
                ToLongFunction<AgentProfile> bound = bound(skill, random.nextDouble(), random.nextDouble(),
                        random.nextInt(30), random.nextInt(30));
                assertWalk(byProfile.byBound(skill, bound), free, bound);
            }
        }
    }

    private static void assertWalk(Iterator<FreeByProfile.Ranked> walk, Map<String, AgentProfile> free,
            ToLongFunction<AgentProfile> bound) {
        Set<String> seen = new HashSet<>();
        long last = Long.MAX_VALUE;
        while (walk.hasNext()) {
            FreeByProfile.Ranked next = walk.next();
            assertTrue(seen.add(next.profile().id()), "once: " + next.profile().id());
            assertEquals(free.get(next.profile().id()), next.profile(), "the agent's current profile");
            assertEquals(bound.applyAsLong(next.profile()), next.bound());
            assertTrue(next.bound() <= last, "a bound rose from " + last + " to " + next.bound());
            last = next.bound();
        }
        assertEquals(free.keySet(), seen);
    }

    @Test
    void aNewCatalogueStartsEmptyForItsCallerToFileTheFreeAgainst() {
        FreeByProfile byProfile = new FreeByProfile(catalogue());
        byProfile.free(new AgentProfile("a1", "pool", null, Map.of("FRAUD", 4), Set.of("en"), Set.of(), 0.5, 1));
        byProfile.catalogue(catalogue());
        assertTrue(!byProfile.byBound("FRAUD", p -> 0).hasNext());
        assertTrue(!byProfile.byBound("NOT_REQUIRED", p -> 0).hasNext());
    }
}
