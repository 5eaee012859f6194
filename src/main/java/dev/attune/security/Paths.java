package dev.attune.security;

/** Which requests are machine APIs (401 with a JSON reason) rather than pages (the sign-in redirect). */
final class Paths {
    private Paths() {
    }

    static boolean isApi(String path) {
        return path.startsWith("/api/") || path.startsWith("/q/") && !path.startsWith("/q/swagger-ui");
    }
}
