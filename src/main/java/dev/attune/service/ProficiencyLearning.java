package dev.attune.service;

import dev.attune.core.domain.AgentProfile;
import dev.attune.core.domain.Catalogue;
import dev.attune.core.domain.Product;
import dev.attune.core.engine.event.AgentProfileChanged;
import dev.attune.learning.LearnedProficiency;
import dev.attune.learning.ProficiencyModel;
import dev.attune.learning.ScoreSource;
import dev.attune.service.port.ChangeNote;
import dev.attune.service.port.ProductCatalogue;
import dev.attune.service.port.ProficiencyRecords;
import dev.attune.service.port.Roster;
import dev.attune.service.port.ScoreSourceChange;
import dev.attune.service.port.ServedCallSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Proficiency learned per agent and product skill from the outcome journal, and the per-pool choice of which
 * levels route, the way {@link EmpathyLearning} does it for empathy: a switch writes every routed level through
 * the audited profile path and hands the changed profiles to the engine as AgentProfileChanged; choosing the
 * same source again refits from the newest outcomes.
 */
@ApplicationScoped
public class ProficiencyLearning {
    @Inject
    LearningConfig config;
    @Inject
    ServedCallSource served;
    @Inject
    ProficiencyRecords levels;
    @Inject
    ProductCatalogue catalogue;
    @Inject
    Roster roster;
    @Inject
    Event<AgentProfileChanged> profileChanges;

    public PoolProficiency pool(String poolId) {
        Instant since = Instant.now().minus(config.window());
        Map<String, String> skillOf = skillOfProduct();
        ProficiencyModel.Fit fit = fit(poolId, since, skillOf);
        ScoreSource source = levels.source(poolId);
        Map<String, List<String>> products = new TreeMap<>(skillOf.entrySet().stream().collect(Collectors.groupingBy(
                Map.Entry::getValue, Collectors.mapping(Map.Entry::getKey, Collectors.toList()))));
        // Routed: the level agent.skills holds now, what routing uses (written by the newest switch or a manager).
        Map<String, AgentProfile> agents = roster.inPool(poolId).stream()
                .collect(Collectors.toMap(AgentProfile::id, a -> a));
        List<PoolProficiency.Level> rows = fit.levels().stream()
                .map(l -> PoolProficiency.Level.of(l, products.getOrDefault(l.skill(), List.of()),
                        agents.get(l.agentId()).proficiency(l.skill())))
                .toList();
        return new PoolProficiency(poolId, source, config.blendWeight(), since, fit.calls(), fit.effect(), rows);
    }

    public PoolProficiency choose(String poolId, ScoreSource source, ChangeNote note) {
        List<LearnedProficiency> learned = fit(poolId, Instant.now().minus(config.window()), skillOfProduct()).levels();
        List<AgentProfile> changed = levels.route(poolId, source, learned, config.blendWeight(), note);
        changed.forEach(profile -> profileChanges.fire(new AgentProfileChanged(profile, note.at())));
        return pool(poolId);
    }

    /** True when the pool has agents; the other methods expect one that has. */
    public boolean hasPool(String poolId) {
        return roster.pools().contains(poolId);
    }

    public List<ScoreSourceChange> history(String poolId) {
        return levels.history(poolId);
    }

    /** The learned levels the pool's newest switch routed on, with interval and calls, as stored. */
    public List<LearnedProficiency> routedOn(String poolId) {
        return levels.routedOn(poolId);
    }

    /** Adjusted for each agent's empathy as the pool routes on it (configured, learned or blended). */
    private ProficiencyModel.Fit fit(String poolId, Instant since, Map<String, String> skillOf) {
        Map<String, Double> empathy = roster.inPool(poolId).stream()
                .collect(Collectors.toMap(AgentProfile::id, AgentProfile::empathy));
        return new ProficiencyModel(config.settings()).fit(served.inPool(poolId, since), levels.configured(poolId),
                skillOf::get, empathy);
    }

    private Map<String, String> skillOfProduct() {
        Catalogue products = catalogue.catalogue();
        return products.products().stream().collect(Collectors.toMap(Product::code, Product::requiredSkill));
    }
}
