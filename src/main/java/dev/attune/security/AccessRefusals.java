package dev.attune.security;

import io.quarkus.security.AuthenticationException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Says in JSON why a request was refused: 401 when it proves no identity (missing, expired or forged
 * token), 403 when the signed-in user's roles do not cover the endpoint (docs/security.md). A page request
 * without a session is left to the OIDC code flow, which redirects the browser to the sign-in form.
 */
@ApplicationScoped
public class AccessRefusals {
    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::refuse);
    }

    private void refuse(RoutingContext context) {
        Throwable failure = context.failure();
        if (context.response().headWritten()) {
            context.next();
        } else if (failure instanceof ForbiddenException) {
            answer(context, 403, "your roles " + roles(context) + " do not allow "
                    + context.request().method() + " " + context.normalizedPath() + " (see docs/security.md)");
        } else if (isUnauthenticated(failure) && Paths.isApi(context.normalizedPath())) {
            context.response().putHeader("WWW-Authenticate", "Bearer realm=\"attune\"");
            answer(context, 401, failure instanceof UnauthorizedException
                    ? "sign-in required: send an OIDC access token as 'Authorization: Bearer <token>'"
                    : "the access token was refused (expired, wrong issuer or audience, or not signed by the provider)");
        } else {
            context.next();
        }
    }

    private static boolean isUnauthenticated(Throwable failure) {
        return failure instanceof UnauthorizedException || failure instanceof AuthenticationException;
    }

    private static String roles(RoutingContext context) {
        if (context.user() instanceof QuarkusHttpUser user) {
            SecurityIdentity identity = user.getSecurityIdentity();
            return identity.getRoles().stream().sorted().toList().toString();
        }
        return "[]";
    }

    private static void answer(RoutingContext context, int status, String message) {
        context.response().setStatusCode(status).putHeader("Content-Type", "application/json")
                .end(new JsonObject().put("status", status).put("message", message).encode());
    }
}
