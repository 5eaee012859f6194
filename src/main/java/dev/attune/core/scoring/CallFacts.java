package dev.attune.core.scoring;

import dev.attune.core.domain.AgentProfile;
import dev.attune.core.domain.Call;
import dev.attune.core.domain.CareNeed;
import dev.attune.core.domain.Product;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What the scoring terms read about a waiting call at one moment, computed once: its product, care need,
 * wait, urgency, and how long it may be held for a better agent. The instant decider and the planner's
 * planning entity score from this same value.
 *
 * @param urgency          milli-units, see {@link MatchTerms#urgency}
 * @param holdLimitSeconds how long the call may wait for an agent about to be free (0: no hold)
 */
public record CallFacts(Call call, Product product, CareNeed careNeed, long waitSeconds, long urgency,
        int holdLimitSeconds) {

    public CallFacts {
        Objects.requireNonNull(call, "call");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(careNeed, "careNeed");
    }

    /** The facts with the urgency the terms derive from them. */
    public static CallFacts of(Call call, Product product, CareNeed careNeed, long waitSeconds, int holdLimitSeconds) {
        long urgency = MatchTerms.urgency(call.priority(), careNeed.value(), waitSeconds,
                product.serviceLevel().thresholdSeconds());
        return new CallFacts(call, product, careNeed, waitSeconds, urgency, holdLimitSeconds);
    }

    /** Seconds waited at {@code now} since the call arrived, never negative. */
    public static long waitSeconds(Call call, Instant now) {
        return Math.max(0, Duration.between(call.arrivedAt(), now).toSeconds());
    }

    public String id() {
        return call.id();
    }

    public String requiredSkill() {
        return product.requiredSkill();
    }

    /** Whether the relaxation ring in force at this call's wait admits the agent's proficiency. */
    public boolean ringAdmits(AgentProfile profile) {
        return product.ringAdmits(profile, waitSeconds);
    }

    /** Every hard constraint at once: whether this agent may take (or be held for) this call. */
    public boolean canBeServedBy(AgentFacts agent) {
        return agent.slots(call.channel()) > 0
                && agent.secondsUntilFree() <= holdLimitSeconds
                && agent.profile().qualifiesFor(product, call)
                && ringAdmits(agent.profile())
                && !call.excludes(agent.id());
    }
}
