package dev.attune.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.core.domain.CallOutcome;
import dev.attune.core.domain.CareNeed;
import dev.attune.core.domain.ConstraintContribution;
import dev.attune.core.domain.DecisionPath;
import dev.attune.core.domain.EmotionEstimate;
import dev.attune.core.domain.Explanation;
import dev.attune.core.domain.Offer;
import dev.attune.core.engine.RoutingDirective;
import dev.attune.core.engine.event.CallEnded;
import dev.attune.service.port.DecisionRecord;
import dev.attune.service.port.DecisionStatus;
import dev.attune.service.port.OutcomeRecord;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every decision is kept with its explanation and fate; replays and late events change nothing. */
@QuarkusTest
class DecisionJournalTest {
    private static final Instant T0 = Instant.parse("2026-03-03T12:00:00Z");

    @Inject
    DecisionJournal journal;
    @Inject
    OutcomeJournal outcomes;

    static Offer offer(String pool, String callId, String agentId) {
        return offer(pool, callId, agentId, T0);
    }

    static Offer offer(String pool, String callId, String agentId, Instant at) {
        Explanation why = new Explanation(
                List.of(new ConstraintContribution("Empathy for distress", "SOFT", -120),
                        new ConstraintContribution("Wait time", "SOFT", -40)),
                List.of("caller anxious about a six-figure rollover", "agent's empathy 0.91"),
                "Anxious caller, large rollover: slow down, reassure first.",
                new CareNeed(0.82, 0.7, 0.9), List.of("ww-002", "ww-003"));
        return new Offer("d-" + UUID.randomUUID(), pool, callId, agentId, at, at.plusSeconds(15), -160,
                DecisionPath.DECIDER, why);
    }

    @Test
    void offerReadsBackWithItsExplanationAsPending() {
        Offer offer = offer("wealth-west", "c-" + UUID.randomUUID(), "ww-001");
        assertTrue(journal.record(offer));
        DecisionRecord stored = journal.find(offer.decisionId()).orElseThrow();
        assertEquals(offer, stored.offer());
        assertEquals(DecisionStatus.PENDING, stored.status());
        assertNull(stored.outcome());
        assertFalse(journal.record(offer), "recording twice is harmless");
    }

    @Test
    void finalStatusIsNotOverwrittenByALateEvent() {
        Offer offer = offer("wealth-west", "c-" + UUID.randomUUID(), "ww-001");
        journal.record(offer);
        assertTrue(journal.updateStatus(offer.decisionId(), DecisionStatus.ACCEPTED, T0.plusSeconds(3), null));
        assertFalse(journal.updateStatus(offer.decisionId(), DecisionStatus.TIMED_OUT, T0.plusSeconds(15), null));
        DecisionRecord stored = journal.find(offer.decisionId()).orElseThrow();
        assertEquals(DecisionStatus.ACCEPTED, stored.status());
        assertEquals(T0.plusSeconds(3), stored.statusAt());
        assertFalse(journal.updateStatus("no-such-decision", DecisionStatus.ACCEPTED, T0, null));
    }

    @Test
    void directivesAreJournalledAndARejectedCallShowsBothOffers() {
        String callId = "c-" + UUID.randomUUID();
        String pool = "pool-" + UUID.randomUUID();
        Offer first = offer(pool, callId, "ww-001");
        journal.record(List.of(new RoutingDirective.OfferCreated(first)));
        assertEquals(List.of(first), journal.pending(pool));
        journal.updateStatus(first.decisionId(), DecisionStatus.REJECTED, T0.plusSeconds(2), "agent declined");
        Offer second = offer(pool, callId, "ww-002", T0.plusSeconds(3));
        journal.record(List.of(new RoutingDirective.OfferCreated(second),
                new RoutingDirective.OfferRescinded(second, "caller hung up")));
        List<DecisionRecord> forCall = journal.forCall(callId);
        assertEquals(2, forCall.size());
        assertEquals(DecisionStatus.REJECTED, forCall.get(0).status());
        assertEquals("agent declined", forCall.get(0).statusReason());
        assertEquals(DecisionStatus.RESCINDED, forCall.get(1).status());
        assertEquals("caller hung up", forCall.get(1).statusReason());
        assertTrue(journal.pending(pool).isEmpty());
    }

    @Test
    void outcomeIsStoredOnceAndShownWithTheDecision() {
        String callId = "c-" + UUID.randomUUID();
        Offer offer = offer("wealth-west", callId, "ww-007");
        journal.record(offer);
        journal.updateStatus(offer.decisionId(), DecisionStatus.ACCEPTED, T0.plusSeconds(2), null);
        EmotionEstimate calmer = new EmotionEstimate(callId, 0.2, 0.1, 0, 0.1, 0.3, 0.3, 0.8, T0.plusSeconds(400));
        CallEnded ended = new CallEnded("wealth-west", callId, "ww-007", CallOutcome.RESOLVED, 5, calmer,
                T0.plusSeconds(420));
        assertTrue(outcomes.record(ended));
        assertFalse(outcomes.record(ended), "a duplicate call.ended is harmless");
        OutcomeRecord outcome = journal.find(offer.decisionId()).orElseThrow().outcome();
        assertEquals(CallOutcome.RESOLVED, outcome.outcome());
        assertEquals(5, outcome.csat());
        assertEquals(calmer, outcome.emotionAtEnd());
        assertEquals(T0.plusSeconds(420), outcome.endedAt());
    }
}
