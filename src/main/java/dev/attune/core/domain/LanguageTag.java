package dev.attune.core.domain;

import java.util.Locale;

/**
 * The one rule by which a caller's language meets an agent's (docs/constraints.md, Language): tags are BCP 47
 * (en, es-US, pt-BR; case does not matter, an underscore is read as a hyphen) and match on their primary
 * language subtag, so a caller's es-US, ES or es reaches an agent who speaks es, es-US or es-MX. The region
 * says how the caller speaks, not a skill an agent lacks: no pool asks for an exact region today.
 */
public final class LanguageTag {
    private LanguageTag() {
    }

    /** The part of a tag that routing matches on: its primary language subtag, lower case ("es" for "es-US"). */
    public static String routingKey(String tag) {
        if (tag == null) {
            return null;
        }
        if (isPlainLanguage(tag)) {
            return tag; // the common case, already canonical: no parsing on the routing path
        }
        String language = Locale.forLanguageTag(tag.trim().replace('_', '-')).getLanguage();
        // Locale drops what is not well-formed BCP 47: such a tag only ever matches itself, case aside.
        return language.isEmpty() ? tag.trim().toLowerCase(Locale.ROOT) : language;
    }

    /** Whether an agent who speaks {@code agentTag} can take a caller who needs {@code callerTag}. */
    public static boolean matches(String agentTag, String callerTag) {
        return agentTag != null && callerTag != null && routingKey(agentTag).equals(routingKey(callerTag));
    }

    private static boolean isPlainLanguage(String tag) {
        int length = tag.length();
        if (length < 2 || length > 3) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = tag.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }
}
