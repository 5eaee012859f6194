package dev.attune.core.engine;

import dev.attune.core.domain.Agent;
import dev.attune.core.domain.Call;
import dev.attune.core.domain.Channel;
import dev.attune.core.domain.Product;
import dev.attune.core.domain.RoutingConstraint;
import dev.attune.core.engine.RoutingDirective.CallUnroutable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Refuses the waiting calls no agent of their pool could ever take, whatever the agents' states: a pool with
 * no agents, a product and language nobody in the roster qualifies for, or a channel none of those who qualify
 * has capacity on (a chat in a pool of voice agents). Such a call would otherwise wait
 * in silence until the caller hangs up. Judged only for calls that arrived before the input is known consumed
 * (the same cutoff as reservation deadlines), so a profile published just before the call, possibly on
 * another topic, is applied first; judged again at every tick, so a roster change (the last skilled agent
 * deleted) refuses the calls it stranded.
 */
final class UnroutableCalls {
    private final PoolState pool;

    UnroutableCalls(PoolState pool) {
        this.pool = pool;
    }

    /** @param judgedUpTo calls that arrived up to this instant may be judged; null: none may be yet */
    void sweep(Instant judgedUpTo, Instant now, List<RoutingDirective> out) {
        if (judgedUpTo == null || pool.calls.queue().size() == 0) {
            return;
        }
        List<CallEntry> stranded = new ArrayList<>();
        for (CallEntry live : pool.calls.queue().inOrder()) {
            if (!live.call.arrivedAt().isAfter(judgedUpTo) && nobodyQualifies(live.call)) {
                stranded.add(live);
            }
        }
        for (CallEntry live : stranded) {
            Product product = pool.config().catalogue().product(live.call.productCode());
            Verdict verdict = verdict(live.call, product, pool.agents.all(), pool.agents.index())
                    .orElseGet(() -> new Verdict(Unroutability.NO_CHANNEL, RoutingConstraint.AGENT_CAPACITY.displayName()
                            + ": no agent with " + product.requiredSkill() + " who speaks " + live.call.languageNeed()
                            + " takes " + live.call.channel() + " calls"));
            pool.calls.dequeue(live);
            pool.holds.release(live);
            pool.calls.end(live);
            out.add(new CallUnroutable(pool.id(), live.id(), verdict.reason, verdict.rule, now));
        }
    }

    private boolean nobodyQualifies(Call call) {
        if (pool.config().catalogue().find(call.productCode()).isEmpty()) {
            return false; // refused on arrival; a catalogue edit that drops a product is the catalogue's to judge
        }
        Collection<String> qualified = pool.agents.index().qualifiedFor(call.productCode(), call.languageKey());
        return qualified.isEmpty() || noneHandles(qualified, call.channel());
    }

    /** Stops at the first agent with capacity on the channel: for a voice call in a voice pool, the first one. */
    private boolean noneHandles(Collection<String> agentIds, Channel channel) {
        for (String agentId : agentIds) {
            Agent agent = pool.agents.get(agentId);
            if (agent != null && agent.profile().handles(channel)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Why no agent could take the call: the first hard rule nobody meets, as the eligibility index that
     * routes the call judges it; empty when an agent is filed as qualified (the call is routable).
     */
    static Optional<Verdict> verdict(Call call, Product product, Collection<Agent> agents, EligibilityIndex index) {
        if (agents.isEmpty()) {
            return Optional.of(new Verdict(Unroutability.UNKNOWN_POOL,
                    "routing pool '" + call.poolId() + "' has no agents"));
        }
        return index.firstUnmet(product, call, agents).map(rule -> switch (rule) {
            case REQUIRED_SKILL -> new Verdict(Unroutability.NO_SKILL, rule.displayName() + ": no agent has "
                    + product.requiredSkill() + " at the minimum " + product.minimumProficiency());
            case LANGUAGE -> new Verdict(Unroutability.NO_LANGUAGE, rule.displayName() + ": no agent with "
                    + product.requiredSkill() + " speaks " + call.languageNeed());
            default -> new Verdict(Unroutability.NO_LICENCE, rule.displayName() + ": no agent with "
                    + product.requiredSkill() + " who speaks " + call.languageNeed() + " holds "
                    + product.requiredLicence());
        });
    }

    record Verdict(Unroutability reason, String rule) {
    }
}
