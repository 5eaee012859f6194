package dev.attune.learning;

import static io.restassured.RestAssured.given;

import dev.attune.core.domain.Call;
import dev.attune.core.domain.CallOutcome;
import dev.attune.core.domain.CareNeed;
import dev.attune.core.domain.DecisionPath;
import dev.attune.core.domain.Explanation;
import dev.attune.core.domain.Offer;
import dev.attune.core.engine.RoutingDirective;
import dev.attune.core.engine.event.CallArrived;
import dev.attune.core.engine.event.CallEnded;
import dev.attune.core.engine.event.OfferAccepted;
import dev.attune.persistence.RoutingJournal;
import dev.attune.service.JournalEntry;
import dev.attune.testing.Tokens;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * A fresh pool for proficiency learning: ten agents whose configured CARDS level (1-5) is their true one, and a
 * star configured at CARDS 2 who is truly 5; every agent is GENERAL 3. Card calls resolve with a probability that
 * grows with the true level; served calls go in through the routing journal with their arrival, so the journal
 * knows each call's product.
 */
public final class ServedSkills {
    public static final int AGENTS = 10;
    public static final int STAR_CONFIGURED = 2;

    private ServedSkills() {
    }

    /** Creates the pool's agents over REST as the workforce manager; returns the pool id (agents: pool-0.., pool-star). */
    public static String withAStar() {
        String pool = "skill-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i <= AGENTS; i++) {
            given().auth().oauth2(Tokens.of("wfm")).contentType(ContentType.JSON).body("""
                    {"id": "%s", "pool": "%s", "skills": {"CARDS": %d, "GENERAL": 3}, "languages": ["en"],
                     "licences": [], "empathy": 0.6, "capacity": 1}""".formatted(agent(pool, i), pool, configured(i)))
                    .post("/api/v1/workers").then().statusCode(201);
        }
        return pool;
    }

    public static String star(String pool) {
        return agent(pool, AGENTS);
    }

    /** Journals, per agent, {@code cards} card calls and half as many general ones: arrival, offer, answer, end. */
    public static void serve(RoutingJournal journal, String pool, int cards) {
        SplittableRandom random = new SplittableRandom(42);
        Instant at = Instant.now().minusSeconds(86_400);
        List<JournalEntry> batch = new ArrayList<>();
        for (int i = 0; i <= AGENTS; i++) {
            int truth = i == AGENTS ? 5 : configured(i);
            for (int c = 0; c < cards + cards / 2; c++) {
                boolean card = c < cards;
                String callId = "call-" + UUID.randomUUID();
                double care = random.nextDouble();
                Call call = new Call(callId, pool, null, card ? "CARD_SERVICES" : "GENERAL", "en", 0, false, 0, null,
                        null, at, 0, Set.of(), null);
                Offer offer = new Offer("d-" + UUID.randomUUID(), pool, callId, agent(pool, i), at, at.plusSeconds(15),
                        -10, DecisionPath.DECIDER,
                        new Explanation(List.of(), List.of(), null, new CareNeed(care, care, random.nextDouble()), List.of()));
                boolean resolved = random.nextDouble() < 0.3 + 0.12 * (card ? truth : 3);
                batch.add(new JournalEntry.Applied(new CallArrived(call)));
                batch.add(new JournalEntry.Decided(new RoutingDirective.OfferCreated(offer)));
                batch.add(new JournalEntry.Applied(new OfferAccepted(pool, offer.decisionId(), callId, agent(pool, i),
                        at.plusSeconds(2))));
                batch.add(new JournalEntry.Applied(new CallEnded(pool, callId, agent(pool, i),
                        resolved ? CallOutcome.RESOLVED : CallOutcome.CALLBACK, null, null, at.plusSeconds(300))));
            }
        }
        journal.write(batch);
    }

    private static int configured(int i) {
        return i == AGENTS ? STAR_CONFIGURED : 1 + i % 5;
    }

    private static String agent(String pool, int i) {
        return i == AGENTS ? pool + "-star" : pool + "-" + i;
    }
}
