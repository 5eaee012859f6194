package dev.attune.persistence;

import dev.attune.core.domain.AgentProfile;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/** An agent's profile as a workforce manager keeps it; skills, languages and licences in their own tables. */
@Entity
@Table(name = "agent")
public class AgentEntity extends PanacheEntityBase {
    @Id
    public String id;
    @Column(name = "pool_id")
    public String poolId;
    @Column(name = "display_name")
    public String displayName;
    public double empathy;
    /** Calls on every channel together; {@code channel_capacity} holds them per channel. */
    public int capacity;
    /** False: on the roster but not routed. */
    public boolean active = true;
    @Column(name = "channel_capacity")
    @ColumnTransformer(write = "?::jsonb")
    public String channelCapacity = "{}";
    /** Two managers editing one agent at once: the second save fails instead of silently winning. */
    @Version
    public long version;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    // Subselect fetching loads a whole pool's skills in one query instead of one per agent.
    @ElementCollection
    @CollectionTable(name = "agent_skill", joinColumns = @JoinColumn(name = "agent_id"))
    @MapKeyColumn(name = "skill")
    @Column(name = "proficiency")
    @Fetch(FetchMode.SUBSELECT)
    public Map<String, Integer> skills = new HashMap<>();

    @ElementCollection
    @CollectionTable(name = "agent_language", joinColumns = @JoinColumn(name = "agent_id"))
    @Column(name = "language")
    @Fetch(FetchMode.SUBSELECT)
    public Set<String> languages = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "agent_licence", joinColumns = @JoinColumn(name = "agent_id"))
    @Column(name = "licence")
    @Fetch(FetchMode.SUBSELECT)
    public Set<String> licences = new HashSet<>();

    void copy(AgentProfile profile, Instant at) {
        id = profile.id();
        poolId = profile.poolId();
        displayName = profile.displayName();
        empathy = profile.empathy();
        capacity = profile.capacity().total();
        channelCapacity = ChannelCapacityJson.write(profile.capacity());
        skills.clear();
        skills.putAll(profile.skills());
        languages.clear();
        languages.addAll(profile.languages());
        licences.clear();
        licences.addAll(profile.licences());
        updatedAt = at;
        if (createdAt == null) {
            createdAt = at;
        }
    }

    AgentProfile toProfile() {
        return new AgentProfile(id, poolId, displayName, skills, languages, licences, empathy,
                ChannelCapacityJson.read(channelCapacity, capacity));
    }
}
