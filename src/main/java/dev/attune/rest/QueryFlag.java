package dev.attune.rest;

import java.util.Locale;

/**
 * A yes/no query parameter read by hand. JAX-RS reads a boolean parameter with {@code Boolean.valueOf}, so every
 * word but "true" (a typo such as {@code ?dryRun=ture}) silently means false; a flag that guards a change must
 * refuse anything but true or false with a 400 naming it.
 */
final class QueryFlag {
    private QueryFlag() {
    }

    static boolean read(String name, String raw, boolean fallback) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        return switch (raw.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidRequestException(name, "must be true or false, was '"
                    + (raw.length() > 40 ? raw.substring(0, 40) + "…" : raw) + "'");
        };
    }
}
