package dev.attune.load;

import dev.attune.core.domain.AgentProfile;
import dev.attune.core.domain.Catalogue;
import dev.attune.core.domain.Product;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * A generated roster of any size for the load steps (200, 2,000, 10,000 agents). Every agent is
 * qualified for every product in English, so every free agent is a candidate for every call: the
 * router's worst case, and no product's queue starves because its few specialists are busy. Proficiency
 * and empathy still vary so the decider has real scoring to do.
 */
public final class LoadRoster {
    public static final String POOL = "load";

    private LoadRoster() {
    }

    public static List<AgentProfile> generate(int agents, Catalogue catalogue, long seed) {
        Random random = new Random(seed);
        Map<String, Integer> minimumBySkill = new TreeMap<>();
        Set<String> licences = new LinkedHashSet<>();
        for (Product product : catalogue.products()) {
            minimumBySkill.merge(product.requiredSkill(), product.minimumProficiency(), Math::max);
            product.licence().ifPresent(licences::add);
        }
        List<AgentProfile> roster = new ArrayList<>(agents);
        for (int n = 1; n <= agents; n++) {
            Map<String, Integer> skills = new TreeMap<>();
            minimumBySkill.forEach((skill, minimum) ->
                    skills.put(skill, minimum + random.nextInt(6 - minimum)));
            Set<String> languages = new LinkedHashSet<>(List.of("en"));
            if (random.nextDouble() < 0.25) {
                languages.add("es");
            }
            double empathy = Math.round(Math.max(0.1, Math.min(0.98, 0.6 + 0.15 * random.nextGaussian())) * 100) / 100.0;
            String id = String.format("load-%05d", n);
            roster.add(new AgentProfile(id, POOL, "Load agent " + n, skills, languages, licences, empathy, 1));
        }
        return roster;
    }
}
