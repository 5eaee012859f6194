package dev.attune.core.domain;

import java.util.List;
import java.util.Locale;

/**
 * The one rule by which a caller's language meets an agent's (docs/constraints.md, Language): tags are BCP 47
 * (en, es-US, pt-BR; case does not matter, an underscore is read as a hyphen) and match on their primary
 * language subtag, so a caller's es-US, ES or es reaches an agent who speaks es, es-US or es-MX. The region
 * says how the caller speaks, not a skill an agent lacks, unless the call's pool asks for an exact region: then
 * a caller's es-US reaches only an agent who speaks es-US, and a caller's es (no region) still any es agent.
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

    /** Whether an agent who speaks {@code agentTag} can take a caller who needs {@code callerTag}, any region. */
    public static boolean matches(String agentTag, String callerTag) {
        return agentTag != null && callerTag != null && routingKey(agentTag).equals(routingKey(callerTag));
    }

    /**
     * The rule itself: whether an agent who speaks {@code agentTag} can take a caller who needs {@code callerTag}
     * when the pool does ({@code exactRegion}) or does not ask for the caller's exact region.
     */
    public static boolean matches(String agentTag, String callerTag, boolean exactRegion) {
        if (!exactRegion) {
            return matches(agentTag, callerTag);
        }
        if (agentTag == null || callerTag == null) {
            return false;
        }
        String needed = callerKey(callerTag, true);
        return needed.equals(routingKey(agentTag)) || needed.equals(regionalKey(agentTag));
    }

    /**
     * The key a caller's need is filed under: its routing key, with the region ("es-us") when the pool asks for
     * an exact region and the tag names one. An agent is filed under every key of {@link #agentKeys}.
     */
    public static String callerKey(String callerTag, boolean exactRegion) {
        if (!exactRegion || callerTag == null) {
            return routingKey(callerTag);
        }
        String regional = regionalKey(callerTag);
        return regional == null ? routingKey(callerTag) : regional;
    }

    /** The keys of the callers an agent who speaks {@code agentTag} can take: "es" and, for es-US, "es-us". */
    public static List<String> agentKeys(String agentTag) {
        String regional = regionalKey(agentTag);
        return regional == null ? List.of(routingKey(agentTag)) : List.of(routingKey(agentTag), regional);
    }

    /** "es-us" for es-US (or ES_us), null for a tag without a region or one that is not well-formed. */
    private static String regionalKey(String tag) {
        if (tag == null || isPlainLanguage(tag)) {
            return null;
        }
        Locale locale = Locale.forLanguageTag(tag.trim().replace('_', '-'));
        return locale.getLanguage().isEmpty() || locale.getCountry().isEmpty() ? null
                : locale.getLanguage() + '-' + locale.getCountry().toLowerCase(Locale.ROOT);
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
