package dev.attune.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.core.domain.Offer;
import dev.attune.service.port.DecisionRecord;
import dev.attune.service.port.DecisionStatus;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The re-seal step of a key rotation: rows sealed under a previous key, or stored before sealing, end up under the
 * current key and read back in words with the previous key gone; a row no configured key opens is left as it is.
 */
@QuarkusTest
class JournalResealTest {
    @Inject
    DecisionJournal journal;
    @Inject
    JournalReseal reseal;
    @Inject
    EntityManager entityManager;

    @Test
    void rowsUnderAPreviousKeyAreResealedUnderTheCurrentOne() {
        String current = ConfigProvider.getConfig().getValue(JournalKeys.CURRENT, String.class);
        String currentId = ConfigProvider.getConfig().getValue(JournalKeys.CURRENT_ID, String.class);
        String previous = JournalKeysTest.newKey();
        JournalKeys before = JournalKeys.of(previous, "k0", "");
        Offer offer = DecisionJournalTest.offer("reseal-" + UUID.randomUUID(), "c-" + UUID.randomUUID(), "ww-001");
        journal.record(offer);
        journal.updateStatus(offer.decisionId(), DecisionStatus.REJECTED, Instant.now(), "customer is bereaved");
        // As a database written under the previous key (and, for the reasons, before they were sealed) holds it.
        update(offer.decisionId(), SealedText.seal(offer.explanation().whisper(), before),
                "[\"caller anxious about a six-figure rollover\", \"agent's empathy 0.91\"]",
                SealedText.seal("customer is bereaved", before));
        Offer lost = DecisionJournalTest.offer("reseal-" + UUID.randomUUID(), "c-" + UUID.randomUUID(), "ww-001");
        journal.record(lost);
        String unknown = SealedText.seal("sealed under a key nobody kept", JournalKeys.of(JournalKeysTest.newKey(), "kx", ""));
        update(lost.decisionId(), unknown, null, null);

        Map<String, JournalReseal.Tally> tallies = reseal.reseal(JournalKeys.of(current, currentId, "k0=" + previous));

        assertTrue(tallies.get("decision.whisper").resealed() >= 1, tallies.toString());
        assertTrue(tallies.get("decision.reasons").resealed() >= 1, tallies.toString());
        assertTrue(tallies.get("decision.status_reason").resealed() >= 1, tallies.toString());
        assertTrue(tallies.get("decision.whisper").unreadable() >= 1, tallies.toString());
        for (Object column : columns(offer.decisionId())) {
            assertTrue(SealedText.sealedUnder((String) column, currentId), String.valueOf(column));
        }
        // The service itself knows only the current key: the rows read back in words.
        DecisionRecord read = journal.find(offer.decisionId()).orElseThrow();
        assertEquals(offer.explanation().whisper(), read.offer().explanation().whisper());
        assertEquals(offer.explanation().reasons(), read.offer().explanation().reasons());
        assertEquals("customer is bereaved", read.statusReason());
        assertEquals(unknown, columns(lost.decisionId())[0], "a row no key opens is left untouched");
    }

    private void update(String decisionId, String whisper, String reasons, String statusReason) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "update decision set whisper = ?1, reasons = coalesce(?2, reasons), status_reason = ?3"
                        + " where decision_id = ?4")
                .setParameter(1, whisper).setParameter(2, reasons).setParameter(3, statusReason)
                .setParameter(4, decisionId).executeUpdate());
    }

    private Object[] columns(String decisionId) {
        return QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager.createNativeQuery(
                "select whisper, reasons, status_reason from decision where decision_id = ?1")
                .setParameter(1, decisionId).getSingleResult());
    }
}
