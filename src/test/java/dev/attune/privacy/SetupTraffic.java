package dev.attune.privacy;

import static io.restassured.RestAssured.given;

import java.util.Map;

/**
 * What workforce managers and text front ends send over REST besides workers and weights: a catalogue product,
 * an empathy-source switch, what-if bodies, roster CSV imports (applied and refused) and an utterance, each
 * carrying markers in every free-text and id field.
 */
final class SetupTraffic {
    private final Markers markers;
    private final String pool;

    SetupTraffic(Markers markers, String pool) {
        this.markers = markers;
        this.pool = pool;
    }

    /** A product needing a licence nobody holds, so a call for it is refused as call.unroutable; returns its code. */
    String unservableProduct() {
        String code = markers.plain("PRIV");
        given().contentType("application/json").body(Map.of("label", markers.of("label"), "requiredSkill", "GENERAL",
                "minimumProficiency", 1, "requiredLicence", markers.plain("LIC"), "baseStakes", 0.5, "baseDistress", 0.5,
                "serviceLevel", Map.of("share", 0.8, "thresholdSeconds", 20), "reason", markers.of("why")))
                .when().put("/api/v1/products/" + code).then().statusCode(200);
        given().contentType("application/json").body(Map.of("label", markers.of("label") + "z".repeat(300),
                "requiredSkill", "GENERAL", "minimumProficiency", 9, "baseStakes", 2, "baseDistress", 0.5,
                "serviceLevel", Map.of("share", 0.8, "thresholdSeconds", 20), "reason", markers.of("why")))
                .when().put("/api/v1/products/" + code).then().statusCode(400);
        return code;
    }

    void empathySource() {
        given().contentType("application/json").body(Map.of("source", "CONFIGURED", "reason", markers.of("why")))
                .when().put("/api/v1/empathy/" + pool + "/source").then().statusCode(200);
        given().contentType("application/json").body(Map.of("source", markers.of("why"), "reason", markers.of("why")))
                .when().put("/api/v1/empathy/" + pool + "/source").then().statusCode(400);
    }

    /** What-if bodies carry no free text but constraint names: unknown names and unknown fields are refused. */
    void whatIf() {
        given().contentType("application/json").body(Map.of("weights", Map.of(markers.of("why"), 3)))
                .when().post("/api/v1/what-if").then().statusCode(400);
        given().contentType("application/json").body("{\"weights\": {}, \"" + markers.of("why") + "\": 1}")
                .when().post("/api/v1/what-if").then().statusCode(400);
    }

    void rosterImport() {
        String header = "Agent ID,Display Name,Pool,Skills,Languages,Licences,Empathy,Capacity\n";
        String agent = markers.of("agent") + "-csv";
        given().contentType("text/csv").queryParam("dryRun", false).queryParam("reason", markers.of("why"))
                .body(header + agent + "," + markers.of("name") + "," + pool + ",GENERAL:3,en," + markers.of("licence")
                        + ",0.5,1\n")
                .when().post("/api/v1/workers/imports").then().statusCode(200);
        given().contentType("text/csv").queryParam("dryRun", false).queryParam("reason", markers.of("why"))
                .body(header + markers.of("agent") + "-csvbad," + markers.of("name") + "," + pool + ",GENERAL:9,en,"
                        + markers.of("licence") + "," + markers.of("name") + ",1\n")
                .when().post("/api/v1/workers/imports").then().statusCode(400);
    }

    /** A caller's words over REST: read for emotion and intent, never kept. */
    void utterance(String callId) {
        given().contentType("application/json").body(Map.of("speaker", "CALLER", "offsetMillis", 0, "language", "en",
                "text", "my husband died " + markers.of("words")))
                .when().post("/api/v1/pools/" + pool + "/calls/" + callId + "/utterances").then().statusCode(200);
        given().contentType("application/json").body(Map.of("speaker", markers.of("words"), "offsetMillis", -1,
                "language", "en", "text", markers.of("words")))
                .when().post("/api/v1/pools/" + pool + "/calls/" + callId + "/utterances").then().statusCode(400);
    }
}
