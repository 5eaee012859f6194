package dev.attune.local;

/** What the local run prints so a new user can sign in to the pages and call the API with a token. */
final class SignInHelp {
    private SignInHelp() {
    }

    static void print(LocalKeycloak keycloak, String base) {
        System.out.println("[local] sign in with one demo user per role (user / password):");
        for (String role : LocalKeycloak.ROLES) {
            System.out.printf("[local]   %-10s / %-15s %s%n", role, LocalKeycloak.passwordOf(role), what(role));
        }
        System.out.printf("[local] an API token, e.g. for the ops user:%n"
                        + "[local]   curl -s %s/protocol/openid-connect/token -d grant_type=password -d client_id=%s"
                        + " -d client_secret=%s -d username=ops -d password=%s | jq -r .access_token%n"
                        + "[local]   then: curl -H \"Authorization: Bearer $TOKEN\" %s/api/v1/pools%n",
                keycloak.issuer(), LocalKeycloak.API_CLIENT, LocalKeycloak.API_SECRET, LocalKeycloak.passwordOf("ops"), base);
    }

    private static String what(String role) {
        return switch (role) {
            case "acd" -> "routing API (tasks, reservations, agent states)";
            case "wfm" -> "console: workers, weights, what-if";
            case "ops" -> "ops dashboard, queue health";
            case "compliance" -> "decisions, explanations, change history";
            default -> "everything";
        };
    }
}
