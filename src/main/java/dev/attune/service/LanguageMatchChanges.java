package dev.attune.service;

import dev.attune.service.port.ChangeAnnouncements;
import dev.attune.service.port.ChangeNotice;
import dev.attune.service.port.LanguageMatchChange;
import dev.attune.service.port.LanguageMatchSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.CompletionStage;
import org.jboss.logging.Logger;

/**
 * Brings a switch of a pool's language rule (stored first, then fired as a CDI event) to the live engine, and
 * announces it so every other instance reads the pools in force back from the database: otherwise the pool's
 * owner after a rebalance would match regions differently from the one before it.
 */
@ApplicationScoped
public class LanguageMatchChanges {
    private static final Logger LOG = Logger.getLogger(LanguageMatchChanges.class);

    private final EngineHost host;
    private final LanguageMatchSettings settings;
    private final ChangeAnnouncements announcements;

    @Inject
    public LanguageMatchChanges(EngineHost host, LanguageMatchSettings settings, ChangeAnnouncements announcements) {
        this.host = host;
        this.settings = settings;
        this.announcements = announcements;
    }

    void onSwitch(@Observes LanguageMatchChange change) {
        reload().whenComplete((ok, e) -> {
            if (e != null) {
                LOG.errorf(e, "language rule switch %d did not reach the engine", change.id());
            }
        });
        announcements.announce(ChangeNotice.Kind.LANGUAGE_MATCH, change.pool());
    }

    /** Every pool's rule as the database holds it now. Blocking (JDBC). */
    CompletionStage<Void> reload() {
        var pools = settings.exactRegionPools();
        return host.withCore(core -> {
            if (core != null) { // not started yet: the engine reads the stored rules when it starts
                core.updateExactRegionPools(pools);
            }
            return null;
        });
    }
}
