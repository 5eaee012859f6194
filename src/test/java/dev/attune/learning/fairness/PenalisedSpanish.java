package dev.attune.learning.fairness;

import static io.restassured.RestAssured.given;

import dev.attune.core.domain.Call;
import dev.attune.core.domain.CallOutcome;
import dev.attune.core.domain.CareNeed;
import dev.attune.core.domain.DecisionPath;
import dev.attune.core.domain.Explanation;
import dev.attune.core.domain.Offer;
import dev.attune.core.engine.RoutingDirective;
import dev.attune.core.engine.event.CallAbandoned;
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
import java.util.Map;
import java.util.Set;

/**
 * A pool of eight agents (added over REST) whose journalled traffic carries a penalty on Spanish callers: they
 * wait 60 s instead of 5 s, a quarter hang up, and only the three least empathetic agents answer them.
 */
public final class PenalisedSpanish {
    public static final int PER_LANGUAGE = 60;

    private PenalisedSpanish() {
    }

    /** Adds the agents and journals an hour of calls; returns when the first call arrived. */
    public static Instant journal(RoutingJournal journal, String pool) {
        for (int i = 0; i < 8; i++) {
            given().auth().oauth2(Tokens.of("wfm")).contentType(ContentType.JSON).body("""
                    {"id": "%s-%d", "pool": "%s", "skills": {"GENERAL": %d}, "languages": ["en", "es"], "licences": [],
                     "empathy": %s, "capacity": 1}""".formatted(pool, i, pool, 1 + i % 5, 0.2 + 0.1 * i))
                    .post("/api/v1/workers").then().statusCode(201);
        }
        Instant start = Instant.now().minusSeconds(3600);
        journal.write(penalisedSpanish(pool, start));
        return start;
    }

    /** English callers answered in 5 s by the top agents; Spanish ones after 60 s by the bottom ones, a quarter abandon. */
    private static List<JournalEntry> penalisedSpanish(String pool, Instant start) {
        List<JournalEntry> batch = new ArrayList<>();
        int n = 0;
        for (String language : List.of("en", "es")) {
            boolean penalised = language.equals("es");
            for (int i = 0; i < PER_LANGUAGE; i++, n++) {
                String callId = pool + "-call-" + n;
                Instant arrived = start.plusSeconds(30L * n);
                Call call = new Call(callId, pool, "c-" + n, "GENERAL", language, 0, false, 100, null, null, arrived, 0,
                        Set.of(), null);
                // Each channel gets the same mix of languages, abandonments and agents: the channel itself is not penalised.
                String channel = i % 8 < 4 ? "voice" : "chat";
                batch.add(new JournalEntry.Applied(new CallArrived(call, Map.of("channel", channel))));
                if (penalised && i % 4 == 0) {
                    batch.add(new JournalEntry.Applied(new CallAbandoned(pool, callId, arrived.plusSeconds(40))));
                    continue;
                }
                String agent = pool + "-" + (penalised ? i % 3 : 5 + i % 3);
                Instant answered = arrived.plusSeconds(penalised ? 60 : 5);
                Offer offer = new Offer("d-" + callId, pool, callId, agent, answered.minusSeconds(1), answered.plusSeconds(15),
                        -10, DecisionPath.DECIDER, new Explanation(List.of(), List.of(), null, new CareNeed(0.5, 0.5, 0.5),
                                List.of()));
                batch.add(new JournalEntry.Decided(new RoutingDirective.OfferCreated(offer)));
                batch.add(new JournalEntry.Applied(new OfferAccepted(pool, offer.decisionId(), callId, agent, answered)));
                batch.add(new JournalEntry.Applied(new CallEnded(pool, callId, agent,
                        i % 5 < (penalised ? 2 : 4) ? CallOutcome.RESOLVED : CallOutcome.CALLBACK, 4,
                        null, answered.plusSeconds(300))));
            }
        }
        return batch;
    }
}
