package dev.attune.rest;

import dev.attune.core.domain.AgentProfile;
import dev.attune.core.engine.event.AgentProfileChanged;
import dev.attune.core.engine.event.AgentRemoved;
import dev.attune.service.port.ChangeNote;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/**
 * Hands stored roster changes to the routing engine (through the service layer's observers): a new or
 * changed profile applies to calls already waiting; a deactivated or deleted agent leaves routing at once.
 */
@ApplicationScoped
class RosterEvents {
    @Inject
    Event<AgentProfileChanged> profileChanges;
    @Inject
    Event<AgentRemoved> removals;

    void changed(AgentProfile profile, ChangeNote note) {
        profileChanges.fire(new AgentProfileChanged(profile, note.at()));
    }

    void removed(AgentProfile profile, String what, ChangeNote note) {
        removals.fire(new AgentRemoved(profile.poolId(), profile.id(), "the agent was " + what + " by " + note.by(),
                note.at()));
    }
}
