package dev.attune.persistence;

import dev.attune.core.domain.AgentProfile;
import dev.attune.core.domain.Catalogue;
import dev.attune.core.domain.RoutingWeights;
import dev.attune.service.port.RoutingSetup;
import dev.attune.service.port.RoutingSetupSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The routing setup the engine starts from, as stored: the catalogue, the roster and the weights in
 * force. Seeds the tables from config/ first if this is the first start, so it is safe to call from any
 * startup observer regardless of order. Blocking (JDBC): call it from a worker thread.
 */
@ApplicationScoped
public class RoutingSetupStore implements RoutingSetupSource {
    @Inject
    ConfigSeed seed;
    @Inject
    CatalogueRepository catalogue;
    @Inject
    RosterRepository roster;
    @Inject
    WeightHistory weights;

    /** All three in one transaction, so they agree with each other. */
    @Transactional
    public RoutingSetup load() {
        seed.ensureSeeded();
        return new RoutingSetup(catalogue.catalogue(), roster.all(), weights.current());
    }

    public Catalogue catalogue() {
        seed.ensureSeeded();
        return catalogue.catalogue();
    }

    /** Every pool's agents. */
    public List<AgentProfile> roster() {
        seed.ensureSeeded();
        return roster.all();
    }

    public List<AgentProfile> roster(String poolId) {
        seed.ensureSeeded();
        return roster.inPool(poolId);
    }

    public RoutingWeights weights() {
        seed.ensureSeeded();
        return weights.current();
    }

    /** The routing pools that have agents. */
    public List<String> pools() {
        seed.ensureSeeded();
        return roster.pools();
    }
}
