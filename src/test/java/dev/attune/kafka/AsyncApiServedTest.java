package dev.attune.kafka;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.attune.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The running service serves the event contract beside /q/openapi: the AsyncAPI document at /q/asyncapi and the
 * schemas it references (relative to it) under /q/schemas, byte for byte the files the intake enforces.
 */
@QuarkusTest
class AsyncApiServedTest {

    @Test
    void theDocumentAndItsSchemasAreServedToAnySignedInRole() throws Exception {
        byte[] document = given().auth().oauth2(Tokens.of("acd")).get("/q/asyncapi").then().statusCode(200)
                .contentType("application/yaml").extract().asByteArray();
        assertArrayEquals(Files.readAllBytes(Path.of("src/main/resources/asyncapi.yaml")), document);
        for (EventType type : EventType.values()) {
            String file = "schemas/" + type.schemaName() + "/v1.json";
            byte[] schema = given().auth().oauth2(Tokens.of("ops")).get("/q/" + file).then().statusCode(200)
                    .extract().asByteArray();
            assertArrayEquals(Files.readAllBytes(Path.of("src/main/resources", file)), schema, file);
        }
    }

    @Test
    void nothingElseIsServedAndNoTokenIsRefused() {
        given().auth().none().get("/q/asyncapi").then().statusCode(401);
        given().get("/q/schemas/call.arrived/v9.json").then().statusCode(404);
        given().get("/q/schemas/..%2Fapplication.properties/v1.json").then().statusCode(404);
        given().get("/q/schemas/call.arrived/..%2F..%2Fapplication.properties").then().statusCode(404);
    }
}
