package dev.attune.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.core.domain.AgentProfile;
import dev.attune.service.port.AgentChange;
import dev.attune.service.port.ChangeNote;
import dev.attune.service.port.ConflictingChangeException;
import dev.attune.service.port.UnknownAgentException;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Workforce managers' changes to agents are stored with who, when, why, before and after. */
@QuarkusTest
class RosterRepositoryTest {
    @Inject
    RosterRepository roster;

    private static AgentProfile agent(String id, double empathy) {
        return new AgentProfile(id, "test-pool", "Test " + id, Map.of("GENERAL", 3, "CARDS", 2), Set.of("en", "es"),
                Set.of("NMLS"), empathy, 1);
    }

    private static ChangeNote by(String who) {
        return new ChangeNote(who, "test", Instant.parse("2026-03-01T10:00:00Z"));
    }

    @Test
    void createdAgentReadsBackWithSkillsLanguagesAndLicences() {
        String id = "t-" + UUID.randomUUID();
        roster.create(agent(id, 0.7), by("wfm.alice"));
        assertEquals(agent(id, 0.7), roster.find(id).orElseThrow());
        assertTrue(roster.inPool("test-pool").contains(agent(id, 0.7)));
    }

    @Test
    void updateIsAuditedWithBeforeAndAfter() {
        String id = "t-" + UUID.randomUUID();
        roster.create(agent(id, 0.5), by("wfm.alice"));
        AgentProfile better = new AgentProfile(id, "test-pool", "Test", Map.of("GENERAL", 5), Set.of("en"), Set.of(),
                0.9, 1);
        roster.update(better, by("wfm.bob"));
        assertEquals(better, roster.find(id).orElseThrow());
        List<AgentChange> history = roster.history(id);
        assertEquals(2, history.size());
        assertNull(history.get(0).before());
        assertEquals("wfm.alice", history.get(0).changedBy());
        assertEquals(agent(id, 0.5), history.get(1).before());
        assertEquals(better, history.get(1).after());
        assertEquals("wfm.bob", history.get(1).changedBy());
    }

    @Test
    void creatingTwiceOrUpdatingAStrangerIsRefused() {
        String id = "t-" + UUID.randomUUID();
        roster.create(agent(id, 0.5), by("wfm.alice"));
        assertThrows(ConflictingChangeException.class, () -> roster.create(agent(id, 0.6), by("wfm.alice")));
        assertThrows(UnknownAgentException.class, () -> roster.update(agent("nobody-" + id, 0.6), by("wfm.alice")));
        AgentProfile moved = new AgentProfile(id, "other-pool", null, Map.of(), Set.of("en"), Set.of(), 0.5, 1);
        assertThrows(ConflictingChangeException.class, () -> roster.update(moved, by("wfm.alice")));
        assertEquals(agent(id, 0.5), roster.find(id).orElseThrow());
    }
}
