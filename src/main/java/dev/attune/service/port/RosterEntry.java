package dev.attune.service.port;

import dev.attune.core.domain.AgentProfile;
import java.util.Objects;

/**
 * An agent as the roster keeps it: the profile routing uses (capacity per channel included) and whether it is
 * active (a deactivated agent stays on the roster but is not routed).
 */
public record RosterEntry(AgentProfile profile, boolean active) {
    public RosterEntry {
        Objects.requireNonNull(profile, "profile");
    }

    public String id() {
        return profile.id();
    }
}
