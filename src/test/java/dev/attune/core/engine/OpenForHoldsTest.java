package dev.attune.core.engine;

import static dev.attune.core.engine.Fixtures.POOL;
import static dev.attune.core.engine.Fixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.attune.core.domain.Agent;
import dev.attune.core.domain.AgentState;
import dev.attune.core.domain.CareModel;
import dev.attune.core.domain.Product;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The agents a call may still be held for follow every record and every hold made, moved and released. */
class OpenForHoldsTest {
    private final PoolState pool = new PoolState(POOL, EngineConfig.of(new RoutingSettings(Fixtures.CATALOGUE,
            CareModel.defaults(), RoutingPolicy.defaults(), Fixtures.shippedWeights())));

    private void staff(String id, AgentState state) {
        Agent agent = pool.agents.putProfile(Fixtures.agent(id, Map.of("FRAUD", 4), 0.5), T0);
        pool.agents.put(agent.withState(state, T0).withExpectedFreeAt(state == AgentState.BUSY ? T0.plusSeconds(5) : null));
    }

    private Set<String> open() {
        return open(Fixtures.FRAUD);
    }

    private Set<String> open(Product product) {
        Set<String> ids = new TreeSet<>();
        pool.openForHolds(pool.needOf(Fixtures.call("any", product, T0))).forEach(a -> ids.add(a.id()));
        return ids;
    }

    @Test
    void followsRecordsAndHolds() {
        staff("busy-a", AgentState.BUSY);
        staff("busy-b", AgentState.BUSY);
        staff("free", AgentState.AVAILABLE);
        assertEquals(Set.of("busy-a", "busy-b"), open(), "only agents about to be free at a known time");
        assertEquals(pool.agent("busy-a"), pool.openForHolds(pool.needOf(Fixtures.call("any", Fixtures.FRAUD, T0))).iterator().next().id().equals("busy-a")
                ? pool.openForHolds(pool.needOf(Fixtures.call("any", Fixtures.FRAUD, T0))).iterator().next() : pool.agent("busy-a"), "the current record");

        CallEntry first = new CallEntry(Fixtures.call("h1", Fixtures.FRAUD, T0));
        CallEntry second = new CallEntry(Fixtures.call("h2", Fixtures.FRAUD, T0));
        pool.holds.hold(first, "busy-a", 10, T0.plusSeconds(10));
        assertEquals(Set.of("busy-b"), open(), "a one-slot agent held for is full");
        pool.holds.hold(first, "busy-b", 10, T0.plusSeconds(10));
        assertEquals(Set.of("busy-a"), open(), "a moved hold frees the slot it left");
        pool.holds.hold(second, "busy-a", 10, T0.plusSeconds(10));
        assertEquals(Set.of(), open());

        pool.holds.release(second);
        assertEquals(Set.of("busy-a"), open());
        pool.agents.put(pool.agent("busy-a").withState(AgentState.AVAILABLE, T0).withExpectedFreeAt(null));
        assertEquals(Set.of(), open(), "free now: not a hold candidate");
        pool.agents.put(pool.agent("free").withState(AgentState.BUSY, T0).withExpectedFreeAt(T0.plusSeconds(3)));
        assertEquals(Set.of("free"), open());
        pool.agents.remove("free");
        assertEquals(Set.of(), open(), "gone");
    }

    @Test
    void filedUnderTheNeedsTheAgentMeetsOnly() {
        staff("fraud", AgentState.BUSY);
        Agent cards = pool.agents.putProfile(Fixtures.agent("cards", Map.of("CARDS", 3), 0.5), T0);
        pool.agents.put(cards.withState(AgentState.WRAP_UP, T0).withExpectedFreeAt(T0.plusSeconds(5)));
        assertEquals(Set.of("fraud"), open(Fixtures.FRAUD));
        assertEquals(Set.of("cards"), open(Fixtures.CARDS), "not filed under a need it does not meet");
        assertEquals(Set.of(), open(Fixtures.ROLLOVER));

        pool.agents.putProfile(Fixtures.agent("cards", Map.of("CARDS", 3, "FRAUD", 4), 0.5), T0);
        assertEquals(Set.of("cards", "fraud"), open(Fixtures.FRAUD), "a new profile files it under its new needs");
        pool.agents.putProfile(Fixtures.agent("cards", Map.of("FRAUD", 4), 0.5), T0);
        assertEquals(Set.of(), open(Fixtures.CARDS), "and out of the needs it no longer meets");

        CallEntry held = new CallEntry(Fixtures.call("h1", Fixtures.FRAUD, T0));
        pool.holds.hold(held, "cards", 10, T0.plusSeconds(10));
        assertEquals(Set.of("fraud"), open(Fixtures.FRAUD), "full under every need at once");
    }
}
