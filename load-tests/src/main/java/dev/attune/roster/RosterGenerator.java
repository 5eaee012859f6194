package dev.attune.roster;

import dev.attune.cli.CommandLine;
import dev.attune.configuration.CatalogueFile;
import dev.attune.configuration.RosterFile;
import dev.attune.core.domain.AgentProfile;
import dev.attune.core.domain.Catalogue;
import dev.attune.core.domain.Product;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes the sample roster (config/roster.json) from a seed, so the file can be regenerated exactly and
 * its shape argued about in code: two pools, every agent speaks English, few speak Spanish or French,
 * few hold the FINRA or NMLS licences the high-stakes products need. No protected attributes.
 *
 * <pre>./mvnw -q test-compile exec:java -Dexec.mainClass=dev.attune.roster.RosterGenerator -Dexec.args="17 config"</pre>
 */
public final class RosterGenerator {

    /** A routing pool and how likely one of its agents is to have each skill, licence and language. */
    record PoolShape(String id, String prefix, String label, int agents, Map<String, Double> skillShare,
            Map<String, LicenceRule> licences, double spanishShare, double frenchShare) {
    }

    /** A licence held by this share of the agents who have the skill, who are then experienced in it (3-5). */
    record LicenceRule(String skill, double share) {
    }

    static final List<PoolShape> POOLS = List.of(
            new PoolShape("retail-east", "re", "Retail East", 130,
                    Map.of("GENERAL", 1.0, "CARDS", 0.85, "FRAUD", 0.4, "HEALTH_ACCOUNTS", 0.25,
                            "MORTGAGE_SERVICING", 0.14, "BEREAVEMENT_SUPPORT", 0.1),
                    Map.of("NMLS", new LicenceRule("MORTGAGE_SERVICING", 0.65)), 0.12, 0.03),
            new PoolShape("wealth-west", "ww", "Wealth West", 90,
                    Map.of("GENERAL", 1.0, "RETIREMENT", 0.65, "HEALTH_ACCOUNTS", 0.45, "CARDS", 0.2,
                            "BEREAVEMENT_SUPPORT", 0.12),
                    Map.of("FINRA_SERIES_7", new LicenceRule("RETIREMENT", 0.22)), 0.06, 0.03));

    /** Proficiency 1..5: most agents are competent, few are novices or experts. */
    private static final double[] PROFICIENCY_SHARE = {0.10, 0.25, 0.35, 0.20, 0.10};
    /** Specialist skills (bereavement support, licensed work) are only given to experienced agents. */
    private static final Set<String> SPECIALIST_SKILLS = Set.of("BEREAVEMENT_SUPPORT");

    private final Random random;

    private RosterGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** The sample roster for a seed; the same seed always gives the same agents. */
    public static List<AgentProfile> roster(long seed) {
        return new RosterGenerator(seed).generate();
    }

    private List<AgentProfile> generate() {
        List<AgentProfile> agents = new ArrayList<>();
        for (PoolShape pool : POOLS) {
            for (int n = 1; n <= pool.agents(); n++) {
                agents.add(agent(pool, n));
            }
        }
        return agents;
    }

    private AgentProfile agent(PoolShape pool, int n) {
        Map<String, Integer> skills = new TreeMap<>();
        for (String skill : new TreeMap<>(pool.skillShare()).keySet()) {
            if (random.nextDouble() < pool.skillShare().get(skill)) {
                skills.put(skill, SPECIALIST_SKILLS.contains(skill) ? experienced() : proficiency());
            }
        }
        Set<String> licences = new LinkedHashSet<>();
        for (Map.Entry<String, LicenceRule> licence : new TreeMap<>(pool.licences()).entrySet()) {
            String skill = licence.getValue().skill();
            if (skills.containsKey(skill) && random.nextDouble() < licence.getValue().share()) {
                licences.add(licence.getKey());
                skills.put(skill, experienced());
            }
        }
        Set<String> languages = new LinkedHashSet<>(List.of("en"));
        if (random.nextDouble() < pool.spanishShare()) {
            languages.add("es");
        }
        if (random.nextDouble() < pool.frenchShare()) {
            languages.add("fr");
        }
        double empathy = 0.6 + 0.15 * random.nextGaussian()
                + (skills.containsKey("BEREAVEMENT_SUPPORT") ? 0.12 : 0);
        empathy = Math.round(Math.max(0.15, Math.min(0.98, empathy)) * 100) / 100.0;
        String number = String.format("%03d", n);
        return new AgentProfile(pool.prefix() + "-" + number, pool.id(), pool.label() + " " + number, skills,
                languages, licences, empathy, 1);
    }

    private int proficiency() {
        double draw = random.nextDouble();
        for (int level = 1; level <= 5; level++) {
            draw -= PROFICIENCY_SHARE[level - 1];
            if (draw < 0) {
                return level;
            }
        }
        return 5;
    }

    private int experienced() {
        double draw = random.nextDouble();
        return draw < 0.5 ? 3 : draw < 0.83 ? 4 : 5;
    }

    /** Agents of a pool who meet a product's hard requirements in a language. */
    static long qualified(List<AgentProfile> agents, String pool, Product product, String language) {
        return agents.stream().filter(a -> a.poolId().equals(pool) && a.qualifiesFor(product, language)).count();
    }

    /** The seed config/roster.json was written with. */
    public static final long SAMPLE_SEED = 17;

    public static void main(String[] args) {
        String usage = "usage: RosterGenerator [seed, " + SAMPLE_SEED + "] [config folder, config]";
        List<String> given = CommandLine.positional(args, usage, 0, 2);
        long seed = given.isEmpty() ? SAMPLE_SEED : CommandLine.parse(args, usage, a -> Long.parseLong(a[0]));
        Path configDir = Path.of(given.size() > 1 ? given.get(1) : "config");
        Catalogue catalogue = CatalogueFile.read(configDir.resolve(CatalogueFile.FILE_NAME));
        List<AgentProfile> agents = roster(seed);
        Path out = configDir.resolve(RosterFile.FILE_NAME);
        RosterFile.write(agents, out);
        System.out.printf("wrote %d agents to %s (seed %d)%n%n", agents.size(), out, seed);
        System.out.printf("%-18s %-12s %4s %4s %4s%n", "product", "pool", "en", "es", "fr");
        for (Product product : catalogue.products()) {
            for (PoolShape pool : POOLS) {
                System.out.printf("%-18s %-12s %4d %4d %4d%n", product.code(), pool.id(),
                        qualified(agents, pool.id(), product, "en"), qualified(agents, pool.id(), product, "es"),
                        qualified(agents, pool.id(), product, "fr"));
            }
        }
    }
}
