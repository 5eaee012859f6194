package dev.attune.core.domain;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a workforce manager keeps about an agent: skills with proficiency 1-5, languages, licences, an
 * empathy score in [0,1] (from QA, later learned from outcomes) and how many calls the agent can hold at once
 * on each channel (its capacity, by default one voice call).
 * It carries no protected attribute: routing must never see age, gender or ethnicity.
 */
public record AgentProfile(
        String id,
        String poolId,
        String displayName,
        Map<String, Integer> skills,
        Set<String> languages,
        Set<String> licences,
        double empathy,
        ChannelCounts capacity) {

    public AgentProfile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(poolId, "poolId");
        skills = internedKeys(skills == null ? Map.of() : skills);
        skills.values().forEach(Proficiency::check);
        languages = Set.copyOf(languages == null ? Set.of() : languages);
        licences = Set.copyOf(licences == null ? Set.of() : licences);
        Unit.check("empathy", empathy);
        capacity = capacity == null ? ChannelCounts.ONE_VOICE : capacity;
        if (capacity.total() < 1) {
            throw new IllegalArgumentException("capacity must allow at least one call on some channel");
        }
        displayName = displayName == null ? id : displayName;
    }

    /**
     * The skills with each name as the one {@link String#intern} instance, which {@link Product} and
     * {@link RelaxationRing} use too: {@link #proficiency} is asked for every candidate of every decision (a fifth of
     * the routing thread, session 17), and with the same instance on both sides the map's key comparison is an
     * identity test that never reads this profile's key from memory.
     */
    private static Map<String, Integer> internedKeys(Map<String, Integer> skills) {
        Map<String, Integer> interned = new HashMap<>();
        skills.forEach((skill, level) -> interned.put(Objects.requireNonNull(skill, "skill").intern(), level));
        return Map.copyOf(interned);
    }

    /** A profile that holds up to {@code voiceCapacity} voice calls and nothing else (before channels). */
    public AgentProfile(String id, String poolId, String displayName, Map<String, Integer> skills,
            Set<String> languages, Set<String> licences, double empathy, int voiceCapacity) {
        this(id, poolId, displayName, skills, languages, licences, empathy,
                ChannelCounts.of(Channel.VOICE, voiceCapacity));
    }

    /** Whether the agent takes calls of this channel at all. */
    public boolean handles(Channel channel) {
        return capacity.of(channel) > 0;
    }

    /** The agent's proficiency in a skill, 0 when the agent lacks it. */
    public int proficiency(String skill) {
        return skills.getOrDefault(skill, 0);
    }

    /** Whether the agent speaks the caller's language, by {@link LanguageTag}'s rule (es serves es-US). */
    public boolean speaks(String language) {
        if (languages.contains(language)) {
            return true;
        }
        for (String spoken : languages) {
            if (LanguageTag.matches(spoken, language)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the agent speaks this caller's language under the call's pool setting (an exact region or not). */
    public boolean speaks(Call call) {
        if (!call.exactRegion()) {
            return speaks(call.language());
        }
        for (String spoken : languages) {
            if (LanguageTag.matches(spoken, call.language(), true)) {
                return true;
            }
        }
        return false;
    }

    public boolean holdsLicence(String licence) {
        return licence == null || licences.contains(licence);
    }

    /**
     * The hard requirements of a product and a language, without looking at the agent's state or the call's wait:
     * the product's skill at the catalogue minimum, or its overflow ring's skill (which only admits the agent once
     * that ring is in force, {@link Product#ringAdmits}).
     */
    public boolean qualifiesFor(Product product, Call call) {
        return product.skillsAdmit(this)
                && speaks(call)
                && holdsLicence(product.requiredLicence());
    }

    /** {@link #qualifiesFor(Product, Call)} for a caller's language in a pool that asks for no exact region. */
    public boolean qualifiesFor(Product product, String language) {
        return product.skillsAdmit(this)
                && speaks(language)
                && holdsLicence(product.requiredLicence());
    }
}
