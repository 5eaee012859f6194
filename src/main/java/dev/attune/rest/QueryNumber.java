package dev.attune.rest;

/**
 * A whole-number query parameter read by hand. JAX-RS answers a query parameter it cannot convert with 404
 * (as if the resource did not exist); a client that sent {@code ?limit=abc} deserves a 400 naming the
 * parameter and its range.
 */
final class QueryNumber {
    private QueryNumber() {
    }

    static int read(String name, String raw, int fallback, int min, int max) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        int value;
        try {
            value = Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            throw outOfRange(name, raw, min, max);
        }
        if (value < min || value > max) {
            throw outOfRange(name, raw, min, max);
        }
        return value;
    }

    private static InvalidRequestException outOfRange(String name, String raw, int min, int max) {
        String shown = raw.length() > 40 ? raw.substring(0, 40) + "…" : raw;
        return new InvalidRequestException(name, "must be a whole number from " + min + " to " + max
                + ", was '" + shown + "'");
    }
}
