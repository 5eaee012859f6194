package dev.attune.persistence;

import dev.attune.core.domain.AgentProfile;
import dev.attune.service.port.AgentChange;
import dev.attune.service.port.ChangeNote;
import dev.attune.service.port.ConflictingChangeException;
import dev.attune.service.port.Roster;
import dev.attune.service.port.UnknownAgentException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * The agents of every pool as workforce managers keep them, with an audit row for every change. The
 * service layer pushes a saved profile into the engine as AgentProfileChanged; this class never does.
 */
@ApplicationScoped
public class RosterRepository implements Roster {
    @Inject
    JsonColumns json;

    @Transactional
    public List<AgentProfile> all() {
        return AgentEntity.<AgentEntity>listAll(Sort.by("id")).stream()
                .map(AgentEntity::toProfile).toList();
    }

    @Transactional
    public List<AgentProfile> inPool(String poolId) {
        return AgentEntity.<AgentEntity>list("poolId", Sort.by("id"), poolId).stream()
                .map(AgentEntity::toProfile).toList();
    }

    @Transactional
    public Optional<AgentProfile> find(String agentId) {
        return AgentEntity.<AgentEntity>findByIdOptional(agentId).map(AgentEntity::toProfile);
    }

    @Transactional
    public List<String> pools() {
        return AgentEntity.getEntityManager()
                .createQuery("select distinct a.poolId from AgentEntity a order by a.poolId", String.class)
                .getResultList();
    }

    @Transactional
    public boolean isEmpty() {
        return AgentEntity.count() == 0;
    }

    /** Adds a new agent. */
    @Transactional
    public AgentProfile create(AgentProfile profile, ChangeNote note) {
        if (AgentEntity.findById(profile.id()) != null) {
            throw new ConflictingChangeException("agent '" + profile.id() + "' already exists; use PUT to change it");
        }
        AgentEntity row = new AgentEntity();
        row.copy(profile, note.at());
        row.persist();
        audit(null, profile, note);
        return profile;
    }

    /** Replaces an agent's profile. An agent stays in its pool: moving pools is a new agent id. */
    @Transactional
    public AgentChange update(AgentProfile profile, ChangeNote note) {
        AgentEntity row = AgentEntity.findById(profile.id());
        if (row == null) {
            throw new UnknownAgentException(profile.id());
        }
        if (!row.poolId.equals(profile.poolId())) {
            throw new ConflictingChangeException("agent '" + profile.id() + "' belongs to pool '" + row.poolId
                    + "' and cannot move to '" + profile.poolId() + "'; log it out there and create it in the new pool");
        }
        AgentProfile before = row.toProfile();
        row.copy(profile, note.at());
        return audit(before, profile, note);
    }

    /** Changes to one agent, oldest first. */
    @Transactional
    public List<AgentChange> history(String agentId) {
        return AgentChangeEntity.<AgentChangeEntity>list("agentId", Sort.by("id"), agentId)
                .stream().map(this::toChange).toList();
    }

    private AgentChange audit(AgentProfile before, AgentProfile after, ChangeNote note) {
        AgentChangeEntity change = new AgentChangeEntity();
        change.agentId = after.id();
        change.changedBy = note.by();
        change.changedAt = note.at();
        change.reason = note.reason();
        change.before = json.write(before);
        change.after = json.write(after);
        change.persist();
        return toChange(change);
    }

    private AgentChange toChange(AgentChangeEntity row) {
        return new AgentChange(row.id, row.agentId, row.changedBy, row.changedAt, row.reason,
                json.read(row.before, AgentProfile.class), json.read(row.after, AgentProfile.class));
    }

    /** Inserts a whole roster without audit noise beyond one row per agent; used by the first-start seed. */
    @Transactional
    void seed(List<AgentProfile> roster, ChangeNote note) {
        for (AgentProfile profile : roster) {
            AgentEntity row = new AgentEntity();
            row.copy(profile, note.at());
            row.persist();
            audit(null, profile, note);
        }
    }
}
