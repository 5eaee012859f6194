package dev.attune.core.engine.event;

import dev.attune.core.domain.AgentProfile;
import java.time.Instant;

/** A workforce manager added or edited an agent (skills, languages, licences, empathy, capacity). */
public record AgentProfileChanged(AgentProfile profile, Instant at) implements RoutingEvent {
    public String poolId() {
        return profile.poolId();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.agentProfileChanged(this);
    }

    @Override
    public String agentId() {
        return profile.id();
    }
}
