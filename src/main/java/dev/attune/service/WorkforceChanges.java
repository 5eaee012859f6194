package dev.attune.service;

import dev.attune.core.engine.event.AgentProfileChanged;
import dev.attune.service.port.ChangeAnnouncements;
import dev.attune.service.port.ChangeNotice;
import dev.attune.service.port.Roster;
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
 * Brings workforce changes to the live engine of every instance. A change stored through this instance's REST
 * API (fired as a CDI event) reaches this engine at once and is announced to the others; a change announced
 * by another instance ({@link #reload}) is read back from the database, the record, and applied. Weights
 * apply to calls already waiting, not only to new ones, and never go back to an older weight set.
 */
@ApplicationScoped
public class WorkforceChanges {
    private static final Logger LOG = Logger.getLogger(WorkforceChanges.class);

    private final EngineHost host;
    private final ChangeAnnouncements announcements;
    private final Roster roster;
    private final WeightChanges weights;
    private final RoutingSetupSource setup;
    /** The newest weight change handed to the engine (engine thread only). */
    private long weightsInForce = Long.MIN_VALUE;

    @Inject
    public WorkforceChanges(EngineHost host, ChangeAnnouncements announcements, Roster roster,
            WeightChanges weights, RoutingSetupSource setup) {
        this.host = host;
        this.announcements = announcements;
        this.roster = roster;
        this.weights = weights;
        this.setup = setup;
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
            case AGENT -> roster.find(notice.subject())
                    .map(profile -> applyProfile(new AgentProfileChanged(profile, Instant.now())))
                    .orElseGet(() -> {
                        LOG.warnf("announced agent %s is not in the roster", notice.subject());
                        return CompletableFuture.completedFuture(null);
                    });
            case CATALOGUE -> {
                var catalogue = setup.catalogue();
                yield host.withCore(core -> {
                    core.updateCatalogue(catalogue);
                    return null;
                });
            }
        };
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

    private CompletionStage<Void> applyWeights(WeightChange change) {
        return host.withCore(core -> {
            // Two instances may store changes at once and hear of them in either order: the newest stays.
            if (change.id() > weightsInForce) {
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
