package dev.attune.service;

import dev.attune.core.engine.event.AgentProfileChanged;
import dev.attune.core.domain.Catalogue;
import dev.attune.core.engine.event.AgentRemoved;
import dev.attune.service.port.ChangeAnnouncements;
import dev.attune.service.port.ChangeNotice;
import dev.attune.service.port.ProductCatalogue;
import dev.attune.service.port.ProductChange;
import dev.attune.service.port.Roster;
import dev.attune.service.port.RosterEntry;
import dev.attune.service.port.RoutingSetupSource;
import dev.attune.service.port.WeightChange;
import dev.attune.service.port.WeightChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.jboss.logging.Logger;

/**
 * Brings workforce changes to the live engine of every instance: a new or changed agent profile, an agent
 * deactivated or deleted, a product added or changed, new constraint weights. A change stored through this
 * instance's REST API (fired as a CDI event) reaches this engine at once and is announced to the others; a
 * change announced by another instance ({@link #reload}) is read back from the database, the record, and
 * applied. Weights apply to calls already waiting, not only to new ones, and never go back to an older set.
 */
@ApplicationScoped
public class WorkforceChanges {
    private static final Logger LOG = Logger.getLogger(WorkforceChanges.class);

    private final EngineHost host;
    private final ChangeAnnouncements announcements;
    private final Roster roster;
    private final WeightChanges weights;
    private final RoutingSetupSource setup;
    private final ProductCatalogue products;
    private final ControlArmChanges controlArm;
    private final LanguageMatchChanges languageMatch;
    /** The newest weight change handed to the engine (engine thread only). */
    private long weightsInForce = Long.MIN_VALUE;

    @Inject
    public WorkforceChanges(EngineHost host, ChangeAnnouncements announcements, Roster roster,
            WeightChanges weights, RoutingSetupSource setup, ProductCatalogue products,
            ControlArmChanges controlArm, LanguageMatchChanges languageMatch) {
        this.host = host;
        this.announcements = announcements;
        this.roster = roster;
        this.weights = weights;
        this.setup = setup;
        this.products = products;
        this.controlArm = controlArm;
        this.languageMatch = languageMatch;
    }

    void onProfile(@Observes AgentProfileChanged change) {
        applyProfile(change);
        announcements.announce(ChangeNotice.Kind.AGENT, change.profile().id());
    }

    void onWeights(@Observes WeightChange change) {
        applyWeights(change);
        announcements.announce(ChangeNotice.Kind.WEIGHTS, "");
    }

    /**
     * Applies what another instance announced, as the database holds it now. Blocking (JDBC): call it off the
     * event loop and the engine thread. The returned stage completes when the engine has it.
     *
     * @throws RuntimeException when the database cannot be read; the caller retries
     */
    public CompletionStage<Void> reload(ChangeNotice notice) {
        return switch (notice.kind()) {
            case WEIGHTS -> {
                List<WeightChange> latest = weights.history(1);
                yield latest.isEmpty() ? CompletableFuture.completedFuture(null) : applyWeights(latest.get(0));
            }
            case AGENT -> roster.entry(notice.subject())
                    .map(this::applyEntry)
                    .orElseGet(() -> {
                        // Deleted: the roster no longer says which pool it was in. It leaves this instance's
                        // engine at the next rebuild (docs/events.md, "Several instances, one floor").
                        LOG.warnf("announced agent %s is not in the roster", notice.subject());
                        return CompletableFuture.completedFuture(null);
                    });
            case CONTROL_ARM -> controlArm.reload();
            case LANGUAGE_MATCH -> languageMatch.reload();
            case CATALOGUE -> {
                var catalogue = setup.catalogue();
                yield host.withCore(core -> {
                    if (core != null) { // not started yet: the engine reads the stored catalogue when it starts
                        core.updateCatalogue(catalogue);
                    }
                    return null;
                });
            }
        };
    }

    private CompletionStage<Void> applyEntry(RosterEntry entry) {
        Instant now = Instant.now();
        return entry.active() ? applyProfile(new AgentProfileChanged(entry.profile(), now))
                : applyRemoval(new AgentRemoved(entry.profile().poolId(), entry.profile().id(), "deactivated", now));
    }

    private CompletionStage<Void> applyProfile(AgentProfileChanged change) {
        return host.apply(change, EventOrigin.local("profile:" + change.profile().id())).handle((outcome, e) -> {
            if (e != null || outcome.status() != Outcome.Status.APPLIED) {
                LOG.warnf("agent %s's new profile did not reach the engine: %s", change.profile().id(),
                        e != null ? e.getMessage() : outcome.detail());
            }
            return null;
        });
    }

    void onRemoval(@Observes AgentRemoved removal) {
        applyRemoval(removal);
        announcements.announce(ChangeNotice.Kind.AGENT, removal.agentId());
    }

    private CompletionStage<Void> applyRemoval(AgentRemoved removal) {
        return host.apply(removal, EventOrigin.local("removal:" + removal.agentId() + ":" + removal.at().toEpochMilli()))
                .handle((outcome, e) -> {
                    if (e != null || outcome.status() != Outcome.Status.APPLIED) {
                        LOG.warnf("agent %s's removal did not reach the engine: %s", removal.agentId(),
                                e != null ? e.getMessage() : outcome.detail());
                    }
                    return null;
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
        announcements.announce(ChangeNotice.Kind.CATALOGUE, change.productCode());
    }

    private CompletionStage<Void> applyWeights(WeightChange change) {
        return host.withCore(core -> {
            // Not started yet (the change feed catches up at start): the engine reads the stored weights itself.
            // Two instances may store changes at once and hear of them in either order: the newest stays.
            if (core != null && change.id() > weightsInForce) {
                core.updateWeights(change.after());
                weightsInForce = change.id();
            }
            return (Void) null;
        }).whenComplete((ok, e) -> {
            if (e != null) {
                LOG.errorf(e, "weight change %d did not reach the engine", change.id());
            }
        });
    }
}
