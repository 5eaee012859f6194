package dev.attune.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.attune.core.domain.CallOutcome;
import dev.attune.core.domain.Offer;
import dev.attune.core.engine.RoutingDirective;
import dev.attune.core.engine.event.CallEnded;
import dev.attune.core.engine.event.OfferAccepted;
import dev.attune.core.engine.event.OfferRejected;
import dev.attune.core.engine.event.OfferTimedOut;
import dev.attune.core.engine.event.RoutingEvent;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What the engine host fires as CDI events lands in the journal: offers, answers, outcomes. */
@QuarkusTest
class RoutingJournalTest {
    private static final Instant T0 = Instant.parse("2026-03-03T12:00:00Z");

    @Inject
    Event<RoutingDirective> directives;
    @Inject
    Event<RoutingEvent> events;
    @Inject
    DecisionJournal journal;

    @Test
    void offerThenAcceptThenCallEnd() {
        String callId = "c-" + UUID.randomUUID();
        Offer offer = DecisionJournalTest.offer("wealth-west", callId, "ww-001");
        directives.fire(new RoutingDirective.OfferCreated(offer));
        events.fire(new OfferAccepted("wealth-west", offer.decisionId(), callId, "ww-001", T0.plusSeconds(3)));
        events.fire(new CallEnded("wealth-west", callId, "ww-001", CallOutcome.CALLBACK, null, null, T0.plusSeconds(300)));
        DecisionRecord stored = journal.find(offer.decisionId()).orElseThrow();
        assertEquals(DecisionStatus.ACCEPTED, stored.status());
        assertEquals(CallOutcome.CALLBACK, stored.outcome().outcome());
    }

    @Test
    void rejectedAndTimedOutOffersKeepTheirReason() {
        String callId = "c-" + UUID.randomUUID();
        Offer first = DecisionJournalTest.offer("wealth-west", callId, "ww-001");
        Offer second = DecisionJournalTest.offer("wealth-west", callId, "ww-002");
        directives.fire(new RoutingDirective.OfferCreated(first));
        directives.fire(new RoutingDirective.OfferCreated(second));
        events.fire(new OfferRejected("wealth-west", first.decisionId(), callId, "ww-001", "on a break", T0.plusSeconds(2)));
        events.fire(new OfferTimedOut("wealth-west", second.decisionId(), callId, "ww-002", T0.plusSeconds(20)));
        assertEquals("on a break", journal.find(first.decisionId()).orElseThrow().statusReason());
        assertEquals(DecisionStatus.TIMED_OUT, journal.find(second.decisionId()).orElseThrow().status());
    }
}
