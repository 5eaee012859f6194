package dev.attune.core.engine;

import dev.attune.core.domain.Agent;
import dev.attune.core.domain.Call;
import dev.attune.core.domain.Channel;
import dev.attune.core.domain.Product;
import dev.attune.core.domain.RelaxationRings;
import dev.attune.core.scoring.CallFacts;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The agents a waiting call's relaxation ring admits, free now on its channel and about to be free, kept per
 * (product, language, channel, ring) while no agent's record changes. A backlog decided call by call asked the
 * same question of every free agent for every waiting call, though most calls share a product and ring and most
 * agents are not admitted yet: the whole backlog times the whole roster, every poll (docs/load-test.md, session 9).
 *
 * <p>Exact by construction: what is kept is the pool's own filtered view, dropped as soon as any record changes
 * ({@link PoolView#boardVersion}: an offer, a state change, a profile) or the configuration is replaced. The
 * checks that depend on the call itself (exclusions, hold horizon, the candidates kept so far) stay with the
 * caller, as do those that change without a new record (holds). The free agents are read from the pool's
 * {@link NeedBucket}, by the figures filed beside each record, and kept with them, so neither reading a need's agents
 * again nor a scan that passes over most of them touches their records (docs/load-test.md, session 22).
 */
final class AdmittedAgents {
    private record Need(String productCode, String language, Channel channel, int ring) {
    }

    private final PoolView pool;
    private final Map<Need, NeedBucket> free = new HashMap<>();
    private final Map<Need, List<Agent>> freeing = new HashMap<>();
    private long version = Long.MIN_VALUE;
    private EngineConfig config;

    AdmittedAgents(PoolView pool) {
        this.pool = pool;
    }

    /** The agents free now with a slot on the call's channel whom its ring admits, as their current records. */
    NeedBucket free(CallFacts waiting) {
        Call call = waiting.call();
        Product product = waiting.product();
        return current().computeIfAbsent(need(waiting), n -> pool.freeBucket(call.productCode(), call.language())
                .admitted(call.channel(), product.minimumProficiencyAfter(waiting.waitSeconds()),
                        product.overflowMinimumAfter(waiting.waitSeconds())));
    }

    /** The agents about to be free at a known time whom the call's ring admits (hold candidates). */
    List<Agent> freeing(CallFacts waiting) {
        Call call = waiting.call();
        current();
        return freeing.computeIfAbsent(need(waiting), n -> admitted(
                pool.freeingFor(call.productCode(), call.language()), waiting));
    }

    private Map<Need, NeedBucket> current() {
        if (pool.boardVersion() != version || pool.config() != config) {
            free.clear();
            freeing.clear();
            version = pool.boardVersion();
            config = pool.config();
        }
        return free;
    }

    private static Need need(CallFacts waiting) {
        Call call = waiting.call();
        return new Need(call.productCode(), call.language(), call.channel(),
                RelaxationRings.indexAt(waiting.product().rings(), waiting.waitSeconds()));
    }

    private static List<Agent> admitted(Collection<Agent> agents, CallFacts waiting) {
        List<Agent> admitted = new ArrayList<>();
        for (Agent agent : agents) {
            if (waiting.ringAdmits(agent.profile())) {
                admitted.add(agent);
            }
        }
        return admitted;
    }
}
