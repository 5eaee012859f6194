package dev.attune.service;

import dev.attune.service.port.ControlArmChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/** Brings a switch of the control arm (stored first, then fired as a CDI event) to the live engine. */
@ApplicationScoped
public class ControlArmChanges {
    private static final Logger LOG = Logger.getLogger(ControlArmChanges.class);

    private final EngineHost host;

    @Inject
    public ControlArmChanges(EngineHost host) {
        this.host = host;
    }

    void onSwitch(@Observes ControlArmChange change) {
        host.withCore(core -> {
            core.updateControlArm(change.after());
            return null;
        }).whenComplete((ok, e) -> {
            if (e != null) {
                LOG.errorf(e, "control arm switch %d did not reach the engine", change.id());
            }
        });
    }
}
