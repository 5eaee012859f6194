package dev.attune.testing;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/**
 * Every RestAssured request of a @QuarkusTest carries the admin's token unless the test asks otherwise
 * ({@code given().auth().oauth2(Tokens.of("ops"))} or {@code given().auth().none()}), so tests about
 * routing, workers or decisions need not repeat the sign-in; the role tests choose their tokens.
 */
public class AdminTokenByDefault implements QuarkusTestBeforeEachCallback {
    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        RestAssured.authentication = RestAssured.oauth2(Tokens.of("admin"));
    }
}
