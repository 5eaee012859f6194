package dev.attune.persistence;

import dev.attune.service.port.ChangeNote;
import dev.attune.service.port.RoutingSetupFiles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Copies config/ into empty tables on the first start: the catalogue, the roster and the default
 * weights, each only if its table is empty, so a restart never overwrites what workforce managers
 * changed since. Instances starting together on an empty database take turns (advisory lock).
 */
@ApplicationScoped
public class ConfigSeed {
    private static final Logger LOG = Logger.getLogger(ConfigSeed.class);

    @Inject
    RoutingSetupFiles config;
    @Inject
    CatalogueRepository catalogue;
    @Inject
    RosterRepository roster;
    @Inject
    WeightHistory weights;

    private volatile boolean done;

    // Early, so beans that load the routing setup on start find the tables filled.
    void onStart(@Observes @Priority(10) StartupEvent start) {
        ensureSeeded();
    }

    /** Seeds whatever is still empty; cheap after the first call. */
    public void ensureSeeded() {
        if (done) {
            return;
        }
        synchronized (this) {
            if (!done) {
                QuarkusTransaction.requiringNew().run(this::seedEmptyTables);
                done = true;
            }
        }
    }

    private void seedEmptyTables() {
        AdvisoryLock.hold(ProductEntity.getEntityManager(), AdvisoryLock.SEED);
        Instant now = Instant.now();
        if (catalogue.isEmpty()) {
            var products = config.catalogue();
            catalogue.seed(products, now);
            LOG.infof("seeded %d products from %s", products.products().size(), config.catalogueFile());
        }
        if (roster.isEmpty()) {
            var agents = config.roster();
            roster.seed(agents, new ChangeNote(config.rosterFile().toString(), "first start: seeded from "
                    + config.rosterFile().getFileName(), now));
            LOG.infof("seeded %d agents from %s", agents.size(), config.rosterFile());
        }
        if (weights.isEmpty()) {
            weights.change(config.weights(), new ChangeNote(config.weightsFile().toString(), "first start: seeded from "
                    + config.weightsFile().getFileName(), now));
            LOG.infof("seeded the default weights from %s", config.weightsFile());
        }
    }
}
