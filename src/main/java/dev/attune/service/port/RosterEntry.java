package dev.attune.service.port;

import dev.attune.core.domain.AgentProfile;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * An agent as the roster keeps it: the profile routing uses, whether it is active (a deactivated agent stays
 * on the roster but is not routed), and its capacity per channel as a WFM tool exports it (stored, not yet
 * routed: routing uses the profile's capacity).
 */
public record RosterEntry(AgentProfile profile, boolean active, Map<String, Integer> channelCapacity) {
    public RosterEntry {
        Objects.requireNonNull(profile, "profile");
        channelCapacity = channelCapacity == null ? Map.of() : new TreeMap<>(channelCapacity);
    }

    public String id() {
        return profile.id();
    }
}
