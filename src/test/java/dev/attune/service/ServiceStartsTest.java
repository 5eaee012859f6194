package dev.attune.service;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The service boots against the real embedded broker and database and reports itself live. */
@QuarkusTest
class ServiceStartsTest {

    @Test
    void reportsLive() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", is("UP"));
    }
}
