package dev.attune.service;

import dev.attune.core.engine.event.AgentProfileChanged;
import dev.attune.core.engine.event.AgentRemoved;
import dev.attune.core.domain.Catalogue;
import dev.attune.service.port.ProductCatalogue;
import dev.attune.service.port.ProductChange;
import dev.attune.service.port.WeightChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Brings workforce managers' edits made through the REST API (stored first, then fired as CDI events)
 * to the live engine: a new or changed agent profile, an agent deactivated or deleted, a product added or
 * changed, new constraint weights. Weights apply to calls
 * already waiting, not only to new ones.
 */
@ApplicationScoped
public class WorkforceChanges {
    private static final Logger LOG = Logger.getLogger(WorkforceChanges.class);

    private final EngineHost host;
    private final ProductCatalogue products;

    @Inject
    public WorkforceChanges(EngineHost host, ProductCatalogue products) {
        this.host = host;
        this.products = products;
    }

    void onProfile(@Observes AgentProfileChanged change) {
        host.apply(change, EventOrigin.local("profile:" + change.profile().id())).whenComplete((outcome, e) -> {
            if (e != null || outcome.status() != Outcome.Status.APPLIED) {
                LOG.warnf("agent %s's new profile did not reach the engine: %s", change.profile().id(),
                        e != null ? e.getMessage() : outcome.detail());
            }
        });
    }

    void onRemoval(@Observes AgentRemoved removal) {
        host.apply(removal, EventOrigin.local("removal:" + removal.agentId() + ":" + removal.at().toEpochMilli()))
                .whenComplete((outcome, e) -> {
                    if (e != null || outcome.status() != Outcome.Status.APPLIED) {
                        LOG.warnf("agent %s's removal did not reach the engine: %s", removal.agentId(),
                                e != null ? e.getMessage() : outcome.detail());
                    }
                });
    }

    void onProduct(@Observes ProductChange change) {
        Catalogue catalogue = products.catalogue();
        host.withCore(core -> {
            core.updateCatalogue(catalogue);
            return null;
        }).whenComplete((ok, e) -> {
            if (e != null) {
                LOG.errorf(e, "product change %d did not reach the engine", change.id());
            }
        });
    }

    void onWeights(@Observes WeightChange change) {
        host.withCore(core -> {
            core.updateWeights(change.after());
            return null;
        }).whenComplete((ok, e) -> {
            if (e != null) {
                LOG.errorf(e, "weight change %d did not reach the engine", change.id());
            }
        });
    }
}
