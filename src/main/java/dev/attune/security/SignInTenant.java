package dev.attune.security;

import io.quarkus.oidc.TenantResolver;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Picks how a request proves who sends it. A bearer token (ACD, WFM tools, scripts) is checked by the
 * default "service" tenant; a browser has the "pages" tenant's session cookie, from the authorization-code
 * sign-in, and the pages' own calls to /api carry that cookie. An API request with neither stays on the
 * service tenant, so it is answered 401 rather than redirected to a login form it cannot fill in.
 */
@ApplicationScoped
public class SignInTenant implements TenantResolver {
    static final String PAGES = "pages";
    private static final String SESSION_COOKIE = "q_session_" + PAGES;

    @Override
    public String resolve(RoutingContext context) {
        String authorization = context.request().getHeader("Authorization");
        if (authorization != null && !authorization.isBlank()) {
            return null;
        }
        if (!Paths.isApi(context.normalizedPath())) {
            return PAGES;
        }
        return hasSession(context) ? PAGES : null;
    }

    private static boolean hasSession(RoutingContext context) {
        // A large session is split over q_session_pages_chunk_1, _2, ...
        return context.request().cookies().stream().anyMatch(cookie -> cookie.getName().startsWith(SESSION_COOKIE));
    }
}
