package dev.attune.security;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** A refused request's JSON body, the same shape as the API's other errors: {"status": 401, "message": "..."}. */
final class Refusal {
    private Refusal() {
    }

    static void answer(RoutingContext context, int status, String message) {
        context.response().setStatusCode(status).putHeader("Content-Type", "application/json")
                .end(new JsonObject().put("status", status).put("message", message).encode());
    }
}
