package dev.attune.persistence;

import dev.attune.core.domain.AgentProfile;
import dev.attune.service.port.AgentChange;
import dev.attune.service.port.AgentChange.Action;
import dev.attune.service.port.ChangeNote;
import dev.attune.service.port.ConflictingChangeException;
import dev.attune.service.port.Roster;
import dev.attune.service.port.RosterEntry;
import dev.attune.service.port.UnknownAgentException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The agents of every pool as workforce managers keep them, with an audit row for every change. The service
 * layer pushes a saved profile into the engine as AgentProfileChanged (a deactivation or deletion as
 * AgentRemoved); this class never does.
 */
@ApplicationScoped
public class RosterRepository implements Roster {

    @Inject
    JsonColumns json;

    @Transactional
    public List<AgentProfile> all() {
        return AgentEntity.<AgentEntity>list("active", Sort.by("id"), true).stream()
                .map(AgentEntity::toProfile).toList();
    }

    @Transactional
    public List<AgentProfile> inPool(String poolId) {
        return AgentEntity.<AgentEntity>list("poolId = ?1 and active = true", Sort.by("id"), poolId).stream()
                .map(AgentEntity::toProfile).toList();
    }

    @Transactional
    public Optional<AgentProfile> find(String agentId) {
        return AgentEntity.<AgentEntity>findByIdOptional(agentId).map(AgentEntity::toProfile);
    }

    @Transactional
    public List<RosterEntry> entries(String poolId) {
        List<AgentEntity> rows = poolId == null ? AgentEntity.listAll(Sort.by("id"))
                : AgentEntity.list("poolId", Sort.by("id"), poolId);
        return rows.stream().map(this::toEntry).toList();
    }

    @Transactional
    public Optional<RosterEntry> entry(String agentId) {
        return AgentEntity.<AgentEntity>findByIdOptional(agentId).map(this::toEntry);
    }

    @Transactional
    public List<String> pools() {
        return AgentEntity.getEntityManager()
                .createQuery("select distinct a.poolId from AgentEntity a where a.active = true order by a.poolId",
                        String.class)
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
        insert(profile, note);
        return profile;
    }

    /** Replaces an agent's profile. An agent stays in its pool: moving pools is a new agent id. */
    @Transactional
    public AgentChange update(AgentProfile profile, ChangeNote note) {
        AgentEntity row = existing(profile.id());
        refuseMove(row, profile);
        AgentProfile before = row.toProfile();
        row.copy(profile, note.at());
        return audit(before, profile, Action.CHANGED, note);
    }

    @Transactional
    public AgentChange setActive(String agentId, boolean active, ChangeNote note) {
        AgentEntity row = existing(agentId);
        if (row.active == active) {
            return null;
        }
        row.active = active;
        row.updatedAt = note.at();
        AgentProfile profile = row.toProfile();
        return audit(profile, profile, active ? Action.ACTIVATED : Action.DEACTIVATED, note);
    }

    @Transactional
    public AgentChange delete(String agentId, ChangeNote note) {
        AgentEntity row = existing(agentId);
        AgentProfile before = row.toProfile();
        row.delete();
        AgentChange change = new AgentChange(0, agentId, note.by(), note.at(), note.reason(), before, null,
                Action.DELETED);
        AgentChangeEntity audited = auditRow(change);
        return toChange(audited);
    }

    @Transactional
    public List<AgentChange> importRoster(List<RosterEntry> upserts, List<String> deactivations, ChangeNote note) {
        List<AgentChange> changes = new ArrayList<>();
        for (RosterEntry entry : upserts) {
            AgentEntity row = AgentEntity.findById(entry.id());
            if (row == null) {
                changes.add(insert(entry.profile(), note));
                continue;
            }
            refuseMove(row, entry.profile());
            AgentProfile before = row.toProfile();
            boolean reactivated = !row.active;
            row.copy(entry.profile(), note.at());
            row.active = true;
            changes.add(audit(before, entry.profile(), reactivated ? Action.ACTIVATED : Action.CHANGED, note));
        }
        for (String agentId : deactivations) {
            AgentChange change = setActive(agentId, false, note);
            if (change != null) {
                changes.add(change);
            }
        }
        return changes;
    }

    /** Changes to one agent, oldest first. */
    @Transactional
    public List<AgentChange> history(String agentId) {
        return AgentChangeEntity.<AgentChangeEntity>list("agentId", Sort.by("id"), agentId)
                .stream().map(this::toChange).toList();
    }

    private AgentChange insert(AgentProfile profile, ChangeNote note) {
        AgentEntity row = new AgentEntity();
        row.copy(profile, note.at());
        row.persist();
        return audit(null, profile, Action.CREATED, note);
    }

    private static AgentEntity existing(String agentId) {
        AgentEntity row = AgentEntity.findById(agentId);
        if (row == null) {
            throw new UnknownAgentException(agentId);
        }
        return row;
    }

    private static void refuseMove(AgentEntity row, AgentProfile profile) {
        if (!row.poolId.equals(profile.poolId())) {
            throw new ConflictingChangeException("agent '" + profile.id() + "' belongs to pool '" + row.poolId
                    + "' and cannot move to '" + profile.poolId() + "'; log it out there and create it in the new pool");
        }
    }

    private AgentChange audit(AgentProfile before, AgentProfile after, Action action, ChangeNote note) {
        return toChange(auditRow(new AgentChange(0, after.id(), note.by(), note.at(), note.reason(), before, after,
                action)));
    }

    private AgentChangeEntity auditRow(AgentChange change) {
        AgentChangeEntity row = new AgentChangeEntity();
        row.agentId = change.agentId();
        row.changedBy = change.changedBy();
        row.changedAt = change.changedAt();
        row.reason = change.reason();
        row.before = json.write(change.before());
        row.after = json.write(change.after());
        row.action = change.action();
        row.persist();
        return row;
    }

    private AgentChange toChange(AgentChangeEntity row) {
        return new AgentChange(row.id, row.agentId, row.changedBy, row.changedAt, row.reason,
                json.read(row.before, AgentProfile.class), json.read(row.after, AgentProfile.class), row.action);
    }

    private RosterEntry toEntry(AgentEntity row) {
        return new RosterEntry(row.toProfile(), row.active);
    }

    /** Inserts a whole roster without audit noise beyond one row per agent; used by the first-start seed. */
    @Transactional
    void seed(List<AgentProfile> roster, ChangeNote note) {
        for (AgentProfile profile : roster) {
            insert(profile, note);
        }
    }
}
