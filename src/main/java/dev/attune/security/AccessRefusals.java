package dev.attune.security;

import io.quarkus.security.AuthenticationException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Says in JSON why a request was refused: 401 when its token is expired or forged, 403 when the signed-in
 * user's roles do not cover the endpoint (docs/security.md). A request with no token at all is answered by
 * {@link ApiChallenge}.
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
            Refusal.answer(context, 403, "your roles " + roles(context) + " do not allow "
                    + context.request().method() + " " + context.normalizedPath() + " (see docs/security.md)");
        } else if (failure instanceof AuthenticationException && Paths.isApi(context.normalizedPath())) {
            context.response().putHeader("WWW-Authenticate", ApiChallenge.CHALLENGE);
            Refusal.answer(context, 401,
                    "the access token was refused (expired, wrong issuer or audience, or not signed by the provider)");
        } else {
            context.next();
        }
    }

    private static String roles(RoutingContext context) {
        if (context.user() instanceof QuarkusHttpUser user) {
            SecurityIdentity identity = user.getSecurityIdentity();
            return identity.getRoles().stream().sorted().toList().toString();
        }
        return "[]";
    }
}
