package dev.attune.core.engine;

import static dev.attune.core.engine.Fixtures.FRAUD;
import static dev.attune.core.engine.Fixtures.POOL;
import static dev.attune.core.engine.CandidateScanTest.NOW;
import static dev.attune.core.engine.CandidateScanTest.PRODUCTS;
import static dev.attune.core.engine.CandidateScanTest.WEIGHTS;
import static dev.attune.core.engine.Fixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.attune.core.domain.Agent;
import dev.attune.core.domain.AgentProfile;
import dev.attune.core.domain.AgentState;
import dev.attune.core.domain.Call;
import dev.attune.core.domain.CareModel;
import dev.attune.core.domain.CareNeed;
import dev.attune.core.domain.Catalogue;
import dev.attune.core.domain.Channel;
import dev.attune.core.domain.ChannelCounts;
import dev.attune.core.domain.Product;
import dev.attune.core.domain.RelaxationRing;
import dev.attune.core.scoring.AgentFacts;
import dev.attune.core.scoring.CallFacts;
import dev.attune.core.scoring.EmpathyReserve;
import dev.attune.core.scoring.SkillPressure;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The kept lists of admitted agents always equal a fresh walk of the pool's index, ring by ring and change by change;
 * and a decider kept for many calls, while agents change state, take calls, get new profiles, leave and join between
 * them, still finds the best of every agent it may offer each call to (or hold it for), scored one by one: what it
 * keeps between calls never outlives a change of record or of catalogue.
 */
class AdmittedAgentsTest {
    private static final Product FRAUD_WITH_RINGS = new Product(FRAUD.code(), FRAUD.label(), FRAUD.requiredSkill(), 2,
            null, FRAUD.baseStakes(), FRAUD.baseDistress(), FRAUD.serviceLevel(),
            List.of(new RelaxationRing(0, 4), new RelaxationRing(30, 2)));

    private final PoolState pool = new PoolState(POOL, EngineConfig.of(new RoutingSettings(
            new Catalogue(List.of(FRAUD_WITH_RINGS)), CareModel.defaults(), RoutingPolicy.defaults(),
            Fixtures.shippedWeights())));
    private final AdmittedAgents admitted = new AdmittedAgents(pool);
    private static final Function<Agent, AgentFacts> MODEL =
            a -> AgentFacts.at(a, NOW, Duration.ofMinutes(5), SkillPressure.none());

    private void staff(String id, int fraud, AgentState state) {
        Agent agent = pool.agents.putProfile(Fixtures.agent(id, Map.of("FRAUD", fraud), 0.5), T0);
        pool.agents.put(agent.withState(state, T0).withExpectedFreeAt(state == AgentState.BUSY ? T0.plusSeconds(5) : null));
    }

    private static CallFacts waited(long seconds) {
        return waited(seconds, Channel.VOICE);
    }

    private static CallFacts waited(long seconds, Channel channel) {
        Call call = Fixtures.call("c1", FRAUD_WITH_RINGS, T0.minusSeconds(seconds)).onChannel(channel);
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
        assertEquals(Set.of("expert"), ids(admitted.free(waited(0)).agents()));
        assertEquals(Set.of("expert", "junior"), ids(admitted.free(waited(31)).agents()));
        assertEquals(Set.of("busy-expert"), ids(admitted.freeing(waited(0))));

        pool.agents.put(pool.agent("expert").withState(AgentState.BUSY, T0).withExpectedFreeAt(T0.plusSeconds(3)));
        assertEquals(Set.of(), ids(admitted.free(waited(0)).agents()));
        assertEquals(Set.of("junior"), ids(admitted.free(waited(31)).agents()));
        assertEquals(Set.of("busy-expert", "expert"), ids(admitted.freeing(waited(0))));

        pool.agents.put(pool.agent("busy-expert").withState(AgentState.AVAILABLE, T0).withExpectedFreeAt(null));
        assertEquals(Set.of("busy-expert"), ids(admitted.free(waited(0)).agents()));
        assertEquals(List.of(pool.agent("busy-expert")), admitted.free(waited(0)).agents(), "the current record, not a kept one");
    }

    @Test
    void anAgentOnAVoiceCallStaysOnTheListForChatsAndLeavesTheOneForVoiceCalls() {
        Agent multi = pool.agents.putProfile(new AgentProfile("multi", POOL, "multi", Map.of("FRAUD", 4), Set.of("en"),
                Set.of(), 0.5, new ChannelCounts(Map.of(Channel.VOICE, 1, Channel.CHAT, 2))), T0);
        pool.agents.put(multi.withState(AgentState.AVAILABLE, T0));
        assertEquals(Set.of("multi"), ids(admitted.free(waited(0, Channel.VOICE)).agents()));
        assertEquals(Set.of("multi"), ids(admitted.free(waited(0, Channel.CHAT)).agents()));

        pool.agents.put(pool.agent("multi").withActiveCalls(ChannelCounts.of(Channel.VOICE, 1)));
        assertEquals(Set.of(), ids(admitted.free(waited(0, Channel.VOICE)).agents()));
        assertEquals(Set.of("multi"), ids(admitted.free(waited(0, Channel.CHAT)).agents()));
    }

    @Test
    void theFewBestStayTheBestOfEveryAgentAsRecordsChangeBetweenCalls() {
        int compared = 0;
        for (int seed = 0; seed < 150; seed++) {
            Random random = new Random(seed);
            PoolState pool = CandidateScanTest.emptyPool();
            List<String> ids = CandidateScanTest.staff(pool, random);
            Decider decider = new Decider(pool);
            for (int step = 0; step < 25; step++) {
                change(pool, random, ids);
                for (int c = 0; c < 4; c++) {
                    Product product = PRODUCTS.get(random.nextInt(PRODUCTS.size()));
                    CallFacts waiting = CandidateScanTest.waiting(random, product, ids, NOW, random.nextInt(30));
                    int limit = 1 + random.nextInt(4);
                    String at = "seed " + seed + " step " + step + " call " + c;

                    BestCandidates free = new BestCandidates(limit);
                    decider.offerFree(free, waiting, MODEL, WEIGHTS, EmpathyReserve.none());
                    List<String> expected = CandidateScanTest.everyFreeAgentScored(pool, waiting, MODEL, limit);
                    assertEquals(expected, CandidateScanTest.names(free), at);

                    BestCandidates held = new BestCandidates(limit);
                    decider.offerHolds(held, waiting, NOW, MODEL, WEIGHTS);
                    assertEquals(CandidateScanTest.everyAgentAboutToBeFreeScored(pool, waiting, MODEL, limit),
                            CandidateScanTest.names(held), at);
                    compared += expected.isEmpty() ? 0 : 1;
                }
            }
        }
        assertEquals(true, compared > 8_000, "too few calls had a candidate: " + compared);
    }

    /**
     * A few changes of record, or now and then many at once or a new catalogue: a state,
     * a call taken on a second slot, a new occupancy in the same state (a busy agent's record changes too), a new
     * profile, an agent leaving or coming back.
     */
    private static void change(PoolState pool, Random random, List<String> ids) {
        int kind = random.nextInt(20);
        if (kind == 0) {
            pool.configure(pool.config().withCatalogue(new Catalogue(PRODUCTS)));
            return;
        }
        int changes = kind == 1 ? 200 : 1 + random.nextInt(6);
        for (int n = 0; n < changes; n++) {
            String id = ids.get(random.nextInt(ids.size()));
            if (pool.agent(id) == null) {
                CandidateScanTest.profile(pool, random, id);
                CandidateScanTest.restate(pool, random, id);
                continue;
            }
            switch (random.nextInt(7)) {
                case 0 -> CandidateScanTest.profile(pool, random, id);
                case 1 -> pool.agents.remove(id);
                case 2 -> pool.agents.put(pool.agent(id).withActiveCalls(ChannelCounts.of(Channel.VOICE,
                        random.nextInt(2))));
                case 3 -> pool.agents.put(pool.agent(id).withOccupancy(random.nextInt(10) / 10.0));
                default -> CandidateScanTest.restate(pool, random, id);
            }
        }
    }
}
