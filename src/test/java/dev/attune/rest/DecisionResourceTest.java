package dev.attune.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.attune.core.domain.CallOutcome;
import dev.attune.core.domain.CareNeed;
import dev.attune.core.domain.ConstraintContribution;
import dev.attune.core.domain.DecisionPath;
import dev.attune.core.domain.Explanation;
import dev.attune.core.domain.Offer;
import dev.attune.core.engine.event.CallEnded;
import dev.attune.persistence.DecisionJournal;
import dev.attune.service.port.DecisionStatus;
import dev.attune.persistence.OutcomeJournal;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Compliance asks why a call went to an agent and gets the stored explanation. */
@QuarkusTest
class DecisionResourceTest {
    private static final Instant T0 = Instant.parse("2026-03-04T15:00:00Z");

    @Inject
    DecisionJournal journal;
    @Inject
    OutcomeJournal outcomes;

    private static Offer offer(String callId, String agentId, Instant at) {
        return new Offer("d-" + UUID.randomUUID(), "wealth-west", callId, agentId, at, at.plusSeconds(15), -95,
                DecisionPath.PLAN,
                new Explanation(List.of(new ConstraintContribution("Empathy for distress", "SOFT", -60),
                        new ConstraintContribution("Proficiency for stakes", "SOFT", -35)),
                        List.of("caller highly anxious", "agent holds FINRA Series 7"),
                        "Anxious about a large rollover: reassure, then walk through the steps.",
                        new CareNeed(0.78, 0.72, 0.85), List.of("ww-014")));
    }

    @Test
    void explanationOfOneDecision() {
        String callId = "c-" + UUID.randomUUID();
        Offer offer = offer(callId, "ww-003", T0);
        journal.record(offer);
        journal.updateStatus(offer.decisionId(), DecisionStatus.ACCEPTED, T0.plusSeconds(4), null);
        outcomes.record(new CallEnded("wealth-west", callId, "ww-003", CallOutcome.RESOLVED, 5, null, T0.plusSeconds(600)));

        given().get("/api/v1/decisions/" + offer.decisionId()).then().statusCode(200)
                .body("callId", equalTo(callId)).body("agentId", equalTo("ww-003"))
                .body("path", equalTo("PLAN")).body("status", equalTo("ACCEPTED"))
                .body("careNeed.level", equalTo("high care"))
                .body("contributions.constraint", contains("Empathy for distress", "Proficiency for stakes"))
                .body("reasons[1]", equalTo("agent holds FINRA Series 7"))
                .body("whisper", equalTo("Anxious about a large rollover: reassure, then walk through the steps."))
                .body("alternativeAgentIds", contains("ww-014"))
                .body("outcome.outcome", equalTo("RESOLVED")).body("outcome.csat", equalTo(5));
    }

    @Test
    void everyDecisionForACall() {
        String callId = "c-" + UUID.randomUUID();
        Offer first = offer(callId, "ww-003", T0);
        journal.record(first);
        journal.updateStatus(first.decisionId(), DecisionStatus.TIMED_OUT, T0.plusSeconds(15), "no answer");
        Offer second = offer(callId, "ww-014", T0.plusSeconds(16));
        journal.record(second);
        given().queryParam("callId", callId).get("/api/v1/decisions").then().statusCode(200).body("$", hasSize(2))
                .body("status", contains("TIMED_OUT", "PENDING")).body("agentId", contains("ww-003", "ww-014"));
    }

    @Test
    void unknownDecisionOrMissingCallIdIsExplained() {
        given().get("/api/v1/decisions/no-such").then().statusCode(404)
                .body("message", equalTo("unknown decision 'no-such'"));
        given().get("/api/v1/decisions").then().statusCode(400)
                .body("message", equalTo("the callId query parameter is required, e.g. /api/v1/decisions?callId=c-123"));
        given().queryParam("callId", "never-seen").get("/api/v1/decisions").then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void openApiDocumentListsTheResources() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/workers'", org.hamcrest.Matchers.notNullValue())
                .body("paths.'/api/v1/weights/history'", org.hamcrest.Matchers.notNullValue())
                .body("paths.'/api/v1/decisions/{decisionId}'", org.hamcrest.Matchers.notNullValue());
    }
}
