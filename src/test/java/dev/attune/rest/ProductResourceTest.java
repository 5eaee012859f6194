package dev.attune.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The catalogue as workforce managers and ACD integrators see it. */
@QuarkusTest
class ProductResourceTest {

    @Test
    void listsTheCatalogue() {
        // Every shipped product; other tests in this JVM add their own to the shared database.
        given().get("/api/v1/products").then().statusCode(200).body("$", hasSize(greaterThanOrEqualTo(9)))
                .body("code", hasItems("401K_ROLLOVER", "IRA", "HSA", "FSA", "FRAUD_DISPUTE", "CARD_SERVICES",
                        "MORTGAGE_HARDSHIP", "BEREAVEMENT", "GENERAL"));
    }

    @Test
    void oneProductWithItsRulesAndServiceLevel() {
        given().get("/api/v1/products/MORTGAGE_HARDSHIP").then().statusCode(200)
                .body("requiredSkill", equalTo("MORTGAGE_SERVICING"))
                .body("requiredLicence", equalTo("NMLS"))
                .body("serviceLevel.share", equalTo(0.8f))
                .body("serviceLevel.thresholdSeconds", equalTo(30));
    }

    @Test
    void unknownProductIs404() {
        given().get("/api/v1/products/CRYPTO").then().statusCode(404)
                .body("message", equalTo("unknown product 'CRYPTO'"));
    }
}
