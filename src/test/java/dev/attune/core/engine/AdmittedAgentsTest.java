package dev.attune.core.engine;

import static dev.attune.core.engine.Fixtures.FRAUD;
import static dev.attune.core.engine.Fixtures.POOL;
import static dev.attune.core.engine.Fixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.attune.core.domain.Agent;
import dev.attune.core.domain.AgentState;
import dev.attune.core.domain.Call;
import dev.attune.core.domain.CareModel;
import dev.attune.core.domain.CareNeed;
import dev.attune.core.domain.Catalogue;
import dev.attune.core.domain.Product;
import dev.attune.core.domain.RelaxationRing;
import dev.attune.core.scoring.CallFacts;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The kept lists of admitted agents always equal a fresh walk of the pool's index, ring by ring and change by change. */
class AdmittedAgentsTest {
    private static final Product FRAUD_WITH_RINGS = new Product(FRAUD.code(), FRAUD.label(), FRAUD.requiredSkill(), 2,
            null, FRAUD.baseStakes(), FRAUD.baseDistress(), FRAUD.serviceLevel(),
            List.of(new RelaxationRing(0, 4), new RelaxationRing(30, 2)));

    private final PoolState pool = new PoolState(POOL, EngineConfig.of(new RoutingSettings(
            new Catalogue(List.of(FRAUD_WITH_RINGS)), CareModel.defaults(), RoutingPolicy.defaults(),
            Fixtures.shippedWeights())));
    private final AdmittedAgents admitted = new AdmittedAgents(pool);

    private void staff(String id, int fraud, AgentState state) {
        Agent agent = pool.agents.putProfile(Fixtures.agent(id, Map.of("FRAUD", fraud), 0.5), T0);
        pool.agents.put(agent.withState(state, T0).withExpectedFreeAt(state == AgentState.BUSY ? T0.plusSeconds(5) : null));
    }

    private static CallFacts waited(long seconds) {
        Call call = Fixtures.call("c1", FRAUD_WITH_RINGS, T0.minusSeconds(seconds));
        return CallFacts.of(call, FRAUD_WITH_RINGS, CareNeed.assess(call, FRAUD_WITH_RINGS, T0, CareModel.defaults()),
                seconds, 10);
    }

    private static Set<String> ids(List<Agent> agents) {
        Set<String> ids = new TreeSet<>();
        agents.forEach(a -> ids.add(a.id()));
        return ids;
    }

    @Test
    void eachRingHasItsOwnListAndEveryRecordChangeIsSeen() {
        staff("expert", 4, AgentState.AVAILABLE);
        staff("junior", 2, AgentState.AVAILABLE);
        staff("busy-expert", 4, AgentState.BUSY);
        assertEquals(Set.of("expert"), ids(admitted.free(waited(0))));
        assertEquals(Set.of("expert", "junior"), ids(admitted.free(waited(31))));
        assertEquals(Set.of("busy-expert"), ids(admitted.freeing(waited(0))));

        pool.agents.put(pool.agent("expert").withState(AgentState.BUSY, T0).withExpectedFreeAt(T0.plusSeconds(3)));
        assertEquals(Set.of(), ids(admitted.free(waited(0))));
        assertEquals(Set.of("junior"), ids(admitted.free(waited(31))));
        assertEquals(Set.of("busy-expert", "expert"), ids(admitted.freeing(waited(0))));

        pool.agents.put(pool.agent("busy-expert").withState(AgentState.AVAILABLE, T0).withExpectedFreeAt(null));
        assertEquals(Set.of("busy-expert"), ids(admitted.free(waited(0))));
        assertEquals(List.of(pool.agent("busy-expert")), admitted.free(waited(0)), "the current record, not a kept one");
    }
}
