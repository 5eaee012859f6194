package dev.attune.learning;

import static io.restassured.RestAssured.given;

import dev.attune.core.domain.CallOutcome;
import dev.attune.core.domain.CareNeed;
import dev.attune.core.domain.DecisionPath;
import dev.attune.core.domain.EmotionEstimate;
import dev.attune.core.domain.Explanation;
import dev.attune.core.domain.Offer;
import dev.attune.core.engine.RoutingDirective;
import dev.attune.core.engine.event.CallEnded;
import dev.attune.core.engine.event.OfferAccepted;
import dev.attune.persistence.RoutingJournal;
import dev.attune.service.JournalEntry;
import dev.attune.testing.Tokens;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * A fresh pool for learning tests: ten agents configured 0.30-0.75 whose outcomes follow that score, and
 * a star configured 0.40 who is truly 0.95; served calls go in through the routing journal.
 */
public final class ServedPool {
    public static final int AGENTS = 10;

    private ServedPool() {
    }

    /** Creates the pool's agents over REST as the workforce manager; returns the pool id (agents: pool-0.., pool-star). */
    public static String withAStar() {
        return withAStar("learn-" + UUID.randomUUID().toString().substring(0, 8));
    }

    /** The same in a pool named by the caller (an ACD simulator's). */
    public static String withAStar(String pool) {
        for (int i = 0; i <= AGENTS; i++) {
            String id = i == AGENTS ? pool + "-star" : pool + "-" + i;
            double empathy = i == AGENTS ? 0.4 : 0.3 + 0.05 * i;
            given().auth().oauth2(Tokens.of("wfm")).contentType(ContentType.JSON).body("""
                    {"id": "%s", "pool": "%s", "skills": {"GENERAL": 3}, "languages": ["en"], "licences": [],
                     "empathy": %s, "capacity": 1}""".formatted(id, pool, empathy)).post("/api/v1/workers")
                    .then().statusCode(201);
        }
        return pool;
    }

    /** Journals {@code perAgent} accepted offers and their call.ended for every agent of the pool. */
    public static void serve(RoutingJournal journal, String pool, int perAgent) {
        serve(journal, pool, perAgent, true);
    }

    /** The same, leaving the star without calls when {@code star} is false. */
    public static void serve(RoutingJournal journal, String pool, int perAgent, boolean star) {
        SplittableRandom random = new SplittableRandom(42);
        Instant at = Instant.now().minusSeconds(86_400);
        List<JournalEntry> batch = new ArrayList<>();
        for (int i = 0; i < (star ? AGENTS + 1 : AGENTS); i++) {
            String agent = i == AGENTS ? pool + "-star" : pool + "-" + i;
            double empathy = i == AGENTS ? 0.95 : 0.3 + 0.05 * i;
            for (int c = 0; c < perAgent; c++) {
                double care = random.nextDouble();
                String callId = "call-" + UUID.randomUUID();
                Offer offer = new Offer("d-" + UUID.randomUUID(), pool, callId, agent, at, at.plusSeconds(15), -10,
                        DecisionPath.DECIDER, new Explanation(List.of(), List.of(), null, new CareNeed(care, care, 0.5), List.of()));
                boolean resolved = random.nextDouble() < 0.5 + 0.45 * empathy * care;
                double end = Math.max(0, Math.min(1, care * (1 - 0.6 * empathy) + 0.1 * random.nextGaussian()));
                EmotionEstimate last = new EmotionEstimate(callId, end, 0, 0, 0, 0, end, 1, at.plusSeconds(300));
                batch.add(new JournalEntry.Decided(new RoutingDirective.OfferCreated(offer)));
                batch.add(new JournalEntry.Applied(new OfferAccepted(pool, offer.decisionId(), callId, agent, at.plusSeconds(2))));
                batch.add(new JournalEntry.Applied(new CallEnded(pool, callId, agent,
                        resolved ? CallOutcome.RESOLVED : CallOutcome.CALLBACK, null, last, at.plusSeconds(300))));
            }
        }
        journal.write(batch);
    }
}
