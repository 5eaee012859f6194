package dev.attune.service;

import dev.attune.core.domain.ControlArm;
import dev.attune.service.port.ChangeAnnouncements;
import dev.attune.service.port.ChangeNotice;
import dev.attune.service.port.ControlArmChange;
import dev.attune.service.port.ControlArmSwitch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.CompletionStage;
import org.jboss.logging.Logger;

/**
 * Brings a switch of the control arm (stored first, then fired as a CDI event) to the live engine, and announces
 * it so every other instance reads the setting in force back from the database: otherwise one instance would
 * benchmark with the new arm and the others with the old until their next rebuild.
 */
@ApplicationScoped
public class ControlArmChanges {
    private static final Logger LOG = Logger.getLogger(ControlArmChanges.class);

    private final EngineHost host;
    private final ControlArmSwitch controlArm;
    private final ChangeAnnouncements announcements;

    @Inject
    public ControlArmChanges(EngineHost host, ControlArmSwitch controlArm, ChangeAnnouncements announcements) {
        this.host = host;
        this.controlArm = controlArm;
        this.announcements = announcements;
    }

    void onSwitch(@Observes ControlArmChange change) {
        apply(change.after()).whenComplete((ok, e) -> {
            if (e != null) {
                LOG.errorf(e, "control arm switch %d did not reach the engine", change.id());
            }
        });
        announcements.announce(ChangeNotice.Kind.CONTROL_ARM, "");
    }

    /** What another instance announced, as the database holds it now. Blocking (JDBC). */
    CompletionStage<Void> reload() {
        return apply(controlArm.current());
    }

    private CompletionStage<Void> apply(ControlArm arm) {
        return host.withCore(core -> {
            core.updateControlArm(arm);
            return null;
        });
    }
}
