package dev.attune.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.core.domain.Explanation;
import dev.attune.core.domain.Offer;
import dev.attune.service.port.DecisionStatus;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Whispers, reasons and status reasons are sealed in their columns and read back in words through the journal. */
@QuarkusTest
class SealedTextTest {
    private static final String WHISPER = "Caller anxious (0.80), 401(k) rollover of $180k at stake, bereavement,"
            + " vulnerable customer: offer condolences first, slow down";

    @Inject
    DecisionJournal journal;
    @Inject
    EntityManager entityManager;

    @Test
    void theColumnsHoldNoWordsAndTheJournalReadsThem() {
        Offer plain = DecisionJournalTest.offer("sealed-" + UUID.randomUUID(), "c-" + UUID.randomUUID(), "ww-001");
        Explanation why = plain.explanation();
        Offer offer = new Offer(plain.decisionId(), plain.poolId(), plain.callId(), plain.agentId(), plain.createdAt(),
                plain.reservationDeadline(), plain.score(), plain.path(), new Explanation(why.contributions(),
                        why.reasons(), WHISPER, why.careNeed(), why.alternativeAgentIds()));
        journal.record(offer);
        journal.updateStatus(offer.decisionId(), DecisionStatus.REJECTED, Instant.now(), "customer is bereaved");

        Object[] columns = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager.createNativeQuery(
                "select whisper, status_reason, reasons from decision where decision_id = ?1")
                .setParameter(1, offer.decisionId()).getSingleResult());
        for (Object column : columns) {
            String stored = (String) column;
            assertTrue(SealedText.sealedUnder(stored, SealedText.configured().currentId().orElseThrow()), stored);
            for (String word : List.of("bereave", "vulnerable", "180k", "rollover", "anxious", "empathy")) {
                assertFalse(stored.toLowerCase().contains(word), stored);
            }
        }
        assertEquals(WHISPER, journal.find(offer.decisionId()).orElseThrow().offer().explanation().whisper());
        assertEquals("customer is bereaved", journal.find(offer.decisionId()).orElseThrow().statusReason());
        assertEquals(why.reasons(), journal.find(offer.decisionId()).orElseThrow().offer().explanation().reasons());
    }
}
