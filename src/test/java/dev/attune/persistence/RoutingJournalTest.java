package dev.attune.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.core.domain.CallOutcome;
import dev.attune.core.domain.Offer;
import dev.attune.core.engine.RoutingDirective;
import dev.attune.core.engine.event.CallEnded;
import dev.attune.core.engine.event.OfferAccepted;
import dev.attune.core.engine.event.OfferRejected;
import dev.attune.core.engine.event.OfferTimedOut;
import dev.attune.core.engine.event.RoutingEvent;
import dev.attune.service.JournalEntry;
import dev.attune.service.port.DecisionRecord;
import dev.attune.service.port.DecisionStatus;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What the engine host's journal thread hands over, a batch at a time, lands in the journal: offers, answers, outcomes. */
@QuarkusTest
class RoutingJournalTest {
    private static final Instant T0 = Instant.parse("2026-03-03T12:00:00Z");

    @Inject
    RoutingJournal routing;
    @Inject
    DecisionJournal journal;

    private static JournalEntry offered(Offer offer) {
        return new JournalEntry.Decided(new RoutingDirective.OfferCreated(offer));
    }

    private static JournalEntry applied(RoutingEvent event) {
        return new JournalEntry.Applied(event);
    }

    @Test
    void whatItCommittedItRecognisesByKeySoTheFeedNeedNotWriteItAgain() {
        String callId = "c-" + UUID.randomUUID();
        Offer offer = DecisionJournalTest.offer("wealth-west", callId, "ww-001");
        JournalEntry answer = new JournalEntry.Applied(new OfferAccepted("wealth-west", offer.decisionId(), callId,
                "ww-001", T0.plusSeconds(3)), "urn:acd:test answer-" + callId);
        assertFalse(routing.wroteRecently(offered(offer).key()));

        routing.write(List.of(offered(offer), answer));

        assertTrue(routing.wroteRecently(offered(offer).key()));
        assertTrue(routing.wroteRecently(answer.key()));
        assertFalse(routing.wroteRecently(JournalEntry.decidedKey("d-never-" + callId)));
        assertFalse(routing.wroteRecently(applied(new OfferAccepted("wealth-west", offer.decisionId(), callId, "ww-001",
                T0)).key()), "an event without its identity has no key");
    }

    @Test
    void anOfferAndItsAcceptanceInOneBatchEndAccepted() {
        String callId = "c-" + UUID.randomUUID();
        Offer offer = DecisionJournalTest.offer("wealth-west", callId, "ww-001");
        routing.write(List.of(offered(offer),
                applied(new OfferAccepted("wealth-west", offer.decisionId(), callId, "ww-001", T0.plusSeconds(3))),
                applied(new CallEnded("wealth-west", callId, "ww-001", CallOutcome.CALLBACK, null, null,
                        T0.plusSeconds(300)))));
        DecisionRecord stored = journal.find(offer.decisionId()).orElseThrow();
        assertEquals(offer, stored.offer());
        assertEquals(DecisionStatus.ACCEPTED, stored.status());
        assertEquals(T0.plusSeconds(3), stored.statusAt());
        assertEquals(CallOutcome.CALLBACK, stored.outcome().outcome());
    }

    @Test
    void answersInALaterBatchSettleOffersOfAnEarlierOneAndKeepTheirReason() {
        String callId = "c-" + UUID.randomUUID();
        Offer first = DecisionJournalTest.offer("wealth-west", callId, "ww-001");
        Offer second = DecisionJournalTest.offer("wealth-west", callId, "ww-002");
        routing.write(List.of(offered(first), offered(second)));
        routing.write(List.of(
                applied(new OfferRejected("wealth-west", first.decisionId(), callId, "ww-001", "on a break",
                        T0.plusSeconds(2))),
                applied(new OfferTimedOut("wealth-west", second.decisionId(), callId, "ww-002", T0.plusSeconds(20)))));
        assertEquals("on a break", journal.find(first.decisionId()).orElseThrow().statusReason());
        assertEquals(DecisionStatus.TIMED_OUT, journal.find(second.decisionId()).orElseThrow().status());
    }

    @Test
    void anAnswerJournalledBeforeItsOfferSettlesTheOfferWhenItArrives() {
        String callId = "c-" + UUID.randomUUID();
        Offer offer = DecisionJournalTest.offer("wealth-west", callId, "ww-001");
        routing.write(List.of(applied(new OfferRejected("wealth-west", offer.decisionId(), callId, "ww-001",
                "on a break", T0.plusSeconds(2)))));
        assertEquals(java.util.Optional.empty(), journal.find(offer.decisionId()));

        routing.write(List.of(offered(offer)));
        DecisionRecord stored = journal.find(offer.decisionId()).orElseThrow();
        assertEquals(DecisionStatus.REJECTED, stored.status());
        assertEquals("on a break", stored.statusReason());
        routing.write(List.of(offered(offer),
                applied(new OfferAccepted("wealth-west", offer.decisionId(), callId, "ww-001", T0.plusSeconds(3)))));
        assertEquals(DecisionStatus.REJECTED, journal.find(offer.decisionId()).orElseThrow().status(),
                "the first answer stays");
    }

    @Test
    void theRoutersRescindIsTheRecordOfAnOfferWhoseAnswerItNeverApplied() {
        String callId = "c-" + UUID.randomUUID();
        Offer offer = DecisionJournalTest.offer("wealth-west", callId, "ww-001");
        routing.write(List.of(offered(offer),
                applied(new OfferRejected("wealth-west", offer.decisionId(), callId, "ww-001", "on a break",
                        T0.plusSeconds(20)))));
        routing.write(List.of(new JournalEntry.Decided(new RoutingDirective.OfferRescinded(offer,
                "no answer by the reservation deadline"))));
        DecisionRecord stored = journal.find(offer.decisionId()).orElseThrow();
        assertEquals(DecisionStatus.RESCINDED, stored.status());
        assertTrue(stored.statusReason().contains("REJECTED"), stored.statusReason());
    }

    @Test
    void aReplayedBatchChangesNothing() {
        String callId = "c-" + UUID.randomUUID();
        Offer offer = DecisionJournalTest.offer("wealth-west", callId, "ww-001");
        List<JournalEntry> batch = List.of(offered(offer), offered(offer),
                applied(new OfferAccepted("wealth-west", offer.decisionId(), callId, "ww-001", T0.plusSeconds(3))),
                applied(new CallEnded("wealth-west", callId, "ww-001", CallOutcome.RESOLVED, 4, null,
                        T0.plusSeconds(300))));
        routing.write(batch);
        DecisionRecord before = journal.find(offer.decisionId()).orElseThrow();

        routing.write(batch);
        routing.write(List.of(applied(new OfferTimedOut("wealth-west", offer.decisionId(), callId, "ww-001",
                T0.plusSeconds(15)))));

        assertEquals(before, journal.find(offer.decisionId()).orElseThrow());
        assertEquals(1, journal.forCall(callId).size());
        assertEquals(DecisionStatus.ACCEPTED, before.status());
    }

    @Test
    void aRescindedOfferIsRecordedEvenIfItsOfferWasNot() {
        String callId = "c-" + UUID.randomUUID();
        Offer offer = DecisionJournalTest.offer("wealth-west", callId, "ww-001");
        routing.write(List.of(new JournalEntry.Decided(new RoutingDirective.OfferRescinded(offer, "caller hung up"))));
        DecisionRecord stored = journal.find(offer.decisionId()).orElseThrow();
        assertEquals(DecisionStatus.RESCINDED, stored.status());
        assertEquals("caller hung up", stored.statusReason());
    }

    @Test
    void aBadCallEndIsSkippedAndTheRestOfItsBatchIsJournalled() {
        String callId = "c-" + UUID.randomUUID();
        Offer offer = DecisionJournalTest.offer("wealth-west", callId, "ww-001");
        routing.write(List.of(offered(offer),
                applied(new CallEnded("wealth-west", callId, "ww-001", CallOutcome.RESOLVED, 9, null,
                        T0.plusSeconds(300))),
                applied(new OfferAccepted("wealth-west", offer.decisionId(), callId, "ww-001", T0.plusSeconds(3)))));
        DecisionRecord stored = journal.find(offer.decisionId()).orElseThrow();
        assertEquals(DecisionStatus.ACCEPTED, stored.status());
        assertNull(stored.outcome());
    }

    @Test
    void eventsThatDoNotConcernTheJournalAreIgnored() {
        String callId = "c-" + UUID.randomUUID();
        routing.write(List.of(applied(new OfferAccepted("wealth-west", "d-never-offered-" + callId, callId, "ww-001",
                T0)), applied(new CallEnded("wealth-west", callId, null, CallOutcome.RESOLVED, null, null, T0))));
        assertEquals(List.of(), journal.forCall(callId));
    }
}
