package dev.attune.core.domain;

import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A caller waiting for (or talking to) an agent. Immutable: the engine replaces a call when something
 * about it changes, so a plan made from a snapshot never sees a half-applied update.
 *
 * @param customerId     pseudonymous; never a name or account number
 * @param priority       higher is more urgent (0 = normal), as in TaskRouter
 * @param lifeEvent      e.g. BEREAVEMENT, DIVORCE, JOB_LOSS; null when none
 * @param lastAgentId    the agent who last served this customer, for continuity; null when unknown
 * @param queuePosition  the order in which the call first joined the queue; a re-queued call keeps it
 * @param excludedAgentIds agents who rejected or let this call's offer time out; never offered it again
 * @param channel        voice, chat, email or callback; VOICE when the ACD names none
 * @param exactRegion    the call's pool asks for the caller's exact region ({@link LanguageTag#matches}); the
 *                       engine sets it from the pool's setting, the ACD never sends it
 */
public record Call(
        String id,
        String poolId,
        String customerId,
        String productCode,
        String language,
        int priority,
        boolean vulnerable,
        double amountAtStake,
        String lifeEvent,
        String lastAgentId,
        Instant arrivedAt,
        long queuePosition,
        Set<String> excludedAgentIds,
        EmotionEstimate emotion,
        Channel channel,
        boolean exactRegion) {

    private static final Set<String> NOBODY = Set.of();

    public Call {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(poolId, "poolId");
        Objects.requireNonNull(productCode, "productCode");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(arrivedAt, "arrivedAt");
        if (priority < 0) {
            throw new IllegalArgumentException("priority must not be negative, was " + priority);
        }
        if (amountAtStake < 0) {
            throw new IllegalArgumentException("amountAtStake must not be negative, was " + amountAtStake);
        }
        excludedAgentIds = excludedAgentIds == null || excludedAgentIds.isEmpty() ? NOBODY : Set.copyOf(excludedAgentIds);
        channel = channel == null ? Channel.VOICE : channel;
    }

    /** A call as the ACD sends it: its pool's language setting is the engine's to add. */
    public Call(String id, String poolId, String customerId, String productCode, String language, int priority,
            boolean vulnerable, double amountAtStake, String lifeEvent, String lastAgentId, Instant arrivedAt,
            long queuePosition, Set<String> excludedAgentIds, EmotionEstimate emotion, Channel channel) {
        this(id, poolId, customerId, productCode, language, priority, vulnerable, amountAtStake, lifeEvent,
                lastAgentId, arrivedAt, queuePosition, excludedAgentIds, emotion, channel, false);
    }

    /** A voice call, as every call was before channels were routed. */
    public Call(String id, String poolId, String customerId, String productCode, String language, int priority,
            boolean vulnerable, double amountAtStake, String lifeEvent, String lastAgentId, Instant arrivedAt,
            long queuePosition, Set<String> excludedAgentIds, EmotionEstimate emotion) {
        this(id, poolId, customerId, productCode, language, priority, vulnerable, amountAtStake, lifeEvent,
                lastAgentId, arrivedAt, queuePosition, excludedAgentIds, emotion, Channel.VOICE);
    }

    public Call onChannel(Channel newChannel) {
        return new Call(id, poolId, customerId, productCode, language, priority, vulnerable, amountAtStake, lifeEvent,
                lastAgentId, arrivedAt, queuePosition, excludedAgentIds, emotion, newChannel, exactRegion);
    }

    /** Whether the call excludes any agent: most exclude none, and a scan then need not read an agent's id. */
    public boolean excludesAnyone() {
        return excludedAgentIds != NOBODY;
    }

    public boolean excludes(String agentId) {
        // asked per (call, candidate agent) on the routing path: most calls exclude nobody, and the set's own
        // contains is an interface call that three kinds of immutable set make megamorphic (a fifth of the
        // service's CPU in a backlog at 1,000 calls/s), so the empty set (Set.of(), a singleton) is passed by identity
        return excludedAgentIds != NOBODY && excludedAgentIds.contains(agentId);
    }

    public Call withEmotion(EmotionEstimate estimate) {
        return new Call(id, poolId, customerId, productCode, language, priority, vulnerable, amountAtStake, lifeEvent,
                lastAgentId, arrivedAt, queuePosition, excludedAgentIds, estimate, channel, exactRegion);
    }

    public Call withQueuePosition(long position) {
        return new Call(id, poolId, customerId, productCode, language, priority, vulnerable, amountAtStake, lifeEvent,
                lastAgentId, arrivedAt, position, excludedAgentIds, emotion, channel, exactRegion);
    }

    public Call excluding(String agentId) {
        Set<String> excluded = new HashSet<>(excludedAgentIds);
        excluded.add(agentId);
        return new Call(id, poolId, customerId, productCode, language, priority, vulnerable, amountAtStake, lifeEvent,
                lastAgentId, arrivedAt, queuePosition, excluded, emotion, channel, exactRegion);
    }

    /** A call.updated event: what the IVR or a transfer learned, keeping the queue position and exclusions. */
    public Call updatedWith(String newProductCode, String newLanguage, int newPriority, boolean newVulnerable,
            double newAmountAtStake, String newLifeEvent) {
        return new Call(id, poolId, customerId, newProductCode, newLanguage, newPriority, newVulnerable,
                newAmountAtStake, newLifeEvent, lastAgentId, arrivedAt, queuePosition, excludedAgentIds, emotion,
                channel, exactRegion);
    }

    /** The same call under its pool's language setting (a call arrives without one; the pool's may change). */
    public Call withExactRegion(boolean exact) {
        return exact == exactRegion ? this : new Call(id, poolId, customerId, productCode, language, priority,
                vulnerable, amountAtStake, lifeEvent, lastAgentId, arrivedAt, queuePosition, excludedAgentIds, emotion,
                channel, exact);
    }

    /** The key this call's language need is filed under ({@link LanguageTag#callerKey}). */
    public String languageKey() {
        return LanguageTag.callerKey(language, exactRegion);
    }

    /** The caller's language as the rules check it: "es-US", or "es-US (exact region)". */
    public String languageNeed() {
        return exactRegion && !LanguageTag.callerKey(language, true).equals(LanguageTag.routingKey(language))
                ? language + " (exact region)" : language;
    }
}
