package dev.attune.security;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The answer to an API request that proves no identity: 401 with a JSON reason and the Bearer challenge.
 * It authenticates nobody (the OIDC tenants do); it only speaks first when a challenge is due, and leaves
 * page requests to the OIDC code flow, which redirects the browser to the sign-in form.
 */
@ApplicationScoped
public class ApiChallenge implements HttpAuthenticationMechanism {
    static final String CHALLENGE = "Bearer realm=\"attune\"";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        return Uni.createFrom().nullItem();
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Paths.isApi(context.normalizedPath())
                ? Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", CHALLENGE))
                : Uni.createFrom().nullItem();
    }

    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        if (!Paths.isApi(context.normalizedPath()) || context.response().headWritten()) {
            return Uni.createFrom().item(false);
        }
        context.response().putHeader("WWW-Authenticate", CHALLENGE);
        Refusal.answer(context, 401, "sign-in required: send an OIDC access token as 'Authorization: Bearer <token>'");
        return Uni.createFrom().item(true);
    }

    /** Asked before the OIDC mechanism, so its plain 401 never reaches an API client. */
    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 1000;
    }
}
