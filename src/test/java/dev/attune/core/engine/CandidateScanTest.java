package dev.attune.core.engine;

import static dev.attune.core.engine.Fixtures.POOL;
import static dev.attune.core.engine.Fixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.attune.core.domain.Agent;
import dev.attune.core.domain.AgentProfile;
import dev.attune.core.domain.AgentState;
import dev.attune.core.domain.Call;
import dev.attune.core.domain.CareModel;
import dev.attune.core.domain.CareNeed;
import dev.attune.core.domain.Catalogue;
import dev.attune.core.domain.EmotionEstimate;
import dev.attune.core.domain.Product;
import dev.attune.core.domain.RelaxationRing;
import dev.attune.core.domain.RoutingWeights;
import dev.attune.core.scoring.AgentFacts;
import dev.attune.core.scoring.CallFacts;
import dev.attune.core.scoring.EmpathyReserve;
import dev.attune.core.scoring.SkillPressure;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The decider's few best free agents for a call are the best of every free agent it may offer the call to, scored
 * one by one, and its few best agents to hold a call for the best of every agent about to be free it may hold the
 * call for, though it passes over agents on their profile alone and keeps its lists of admitted agents
 * between calls: whatever the pool's languages, licences, skills, rings, states, holds, exclusions and the
 * customer's previous agent.
 */
class CandidateScanTest {
    private static final Product OVERFLOW = new Product("MORTGAGE", "Mortgage", "MORTGAGE", 3, null, 0.6, 0.4,
            Fixtures.FRAUD.serviceLevel(), List.of(new RelaxationRing(0, 4), new RelaxationRing(20, 3),
                    RelaxationRing.overflow(40, "CARDS", 4)));
    static final List<Product> PRODUCTS = List.of(Fixtures.ROLLOVER, Fixtures.CARDS, Fixtures.FRAUD, OVERFLOW);
    private static final List<String> SKILLS = List.of("RETIREMENT", "CARDS", "FRAUD", "MORTGAGE");
    static final RoutingWeights WEIGHTS = Fixtures.shippedWeights();
    static final Instant NOW = T0.plusSeconds(600);
    /** Free half the time; about to be free (some already past their expected end) or away the rest. */
    private static final List<AgentState> STATES = List.of(AgentState.AVAILABLE, AgentState.AVAILABLE,
            AgentState.AVAILABLE, AgentState.BUSY, AgentState.BUSY, AgentState.WRAP_UP, AgentState.AWAY);

    @Test
    void theFewBestAreTheBestOfEveryFreeAgentScoredOneByOne() {
        int compared = 0;
        for (int seed = 0; seed < 400; seed++) {
            Random random = new Random(seed);
            PoolState pool = emptyPool();
            List<String> ids = staff(pool, random);
            Instant now = NOW;
            Product product = PRODUCTS.get(random.nextInt(PRODUCTS.size()));
            CallFacts waiting = waiting(random, product, ids, now, 0);
            EmpathyReserve reserve = random.nextInt(4) == 0 ? EmpathyReserve.none() : reserve(pool, random);
            Function<Agent, AgentFacts> model =
                    a -> AgentFacts.at(a, now, Duration.ofMinutes(5), SkillPressure.none(), reserve);
            int limit = 1 + random.nextInt(6);

            List<String> expected = everyFreeAgentScored(pool, waiting, model, limit);
            BestCandidates found = new BestCandidates(limit);
            new Decider(pool).offerFree(found, waiting, model, WEIGHTS, reserve);

            assertEquals(expected, names(found), "seed " + seed);
            compared += expected.isEmpty() ? 0 : 1;
        }
        assertEquals(true, compared > 300, "too few calls had a candidate: " + compared);
    }

    @Test
    void theFewHeldForAreTheBestOfEveryAgentAboutToBeFreeScoredOneByOne() {
        int compared = 0;
        int walkedOpen = 0;
        for (int seed = 0; seed < 600; seed++) {
            Random random = new Random(seed);
            PoolState pool = emptyPool();
            List<String> ids = staff(pool, random);
            // half of them the product whose rings admit only the most proficient at first
            Product product = random.nextBoolean() ? OVERFLOW : PRODUCTS.get(random.nextInt(PRODUCTS.size()));
            holdSome(pool, random, ids, product);
            CallFacts waiting = waiting(random, product, ids, NOW, 1 + random.nextInt(30));
            String language = waiting.call().language();
            walkedOpen += pool.openForHoldsCount() < pool.freeingFor(product.code(), language).size() ? 1 : 0;
            Function<Agent, AgentFacts> model = a -> AgentFacts.at(a, NOW, Duration.ofMinutes(5), SkillPressure.none());
            int limit = 1 + random.nextInt(4);

            List<String> expected = everyAgentAboutToBeFreeScored(pool, waiting, model, limit);
            BestCandidates found = new BestCandidates(limit);
            new Decider(pool).offerHolds(found, waiting, NOW, model, WEIGHTS);

            assertEquals(expected, names(found), "seed " + seed);
            compared += expected.size() == limit ? 1 : 0;
        }
        assertEquals(true, compared > 80, "too few calls filled their list: " + compared);
        assertEquals(true, walkedOpen > 40, "too few pools where the decider walks the open agents: " + walkedOpen);
    }

    /** What keeping the pool's most empathetic agents free is worth, with 0 to 3 high-care calls expected per product. */
    private static EmpathyReserve reserve(PoolState pool, Random random) {
        double[] empathies = pool.agents.all().stream().mapToDouble(a -> a.profile().empathy()).toArray();
        Map<String, Double> expected = new HashMap<>();
        PRODUCTS.forEach(p -> expected.put(p.code(), (double) random.nextInt(4)));
        return EmpathyReserve.of(empathies, PRODUCTS, expected);
    }

    /**
     * Other calls held for some of the agents about to be free, so some have no slot left; in half the pools for most
     * of them, so that fewer are open than the call's need has about to be free and the decider walks the open ones.
     */
    private static void holdSome(PoolState pool, Random random, List<String> ids, Product product) {
        int holds = random.nextBoolean() ? random.nextInt(ids.size() / 2 + 1) : random.nextInt(2 * ids.size());
        for (int h = 0; h < holds; h++) {
            Agent agent = pool.agent(ids.get(random.nextInt(ids.size())));
            if (agent.expectedFreeAt() != null) {
                CallEntry other = new CallEntry(Fixtures.call("held-" + h, product, T0));
                pool.holds.hold(other, agent.id(), 0, NOW.plusSeconds(30));
            }
        }
    }

    /** The oracle: every agent under the call's need about to be free whom the decider may hold the call for. */
    static List<String> everyAgentAboutToBeFreeScored(PoolState pool, CallFacts waiting,
            Function<Agent, AgentFacts> model, int limit) {
        Call call = waiting.call();
        BestCandidates all = new BestCandidates(Integer.MAX_VALUE);
        for (Agent agent : pool.freeingFor(call.productCode(), call.language())) {
            AgentFacts planned = model.apply(agent);
            if (waiting.ringAdmits(agent.profile()) && !call.excludes(agent.id()) && !planned.isFreeNow()
                    && planned.slots(call.channel()) > pool.holdsOn(agent.id())
                    && planned.secondsUntilFree() <= waiting.holdLimitSeconds() && waiting.canBeServedBy(planned)) {
                all.offer(agent, planned, MatchScore.total(waiting, planned, WEIGHTS));
            }
        }
        return names(all).subList(0, Math.min(limit, all.best().size()));
    }

    static PoolState emptyPool() {
        return new PoolState(POOL, EngineConfig.of(new RoutingSettings(new Catalogue(PRODUCTS), CareModel.defaults(),
                RoutingPolicy.defaults(), WEIGHTS)));
    }

    /** Agents with empathy in tenths (ties on the bound), skills at every level or none, two languages, a licence. */
    static List<String> staff(PoolState pool, Random random) {
        List<String> ids = new ArrayList<>();
        int agents = 5 + random.nextInt(60);
        for (int n = 0; n < agents; n++) {
            String id = String.format("a%02d", n);
            profile(pool, random, id);
            restate(pool, random, id);
            ids.add(id);
        }
        return ids;
    }

    /** A new profile for the agent (joining if not on the board): skills at any level or none, a language, a licence. */
    static void profile(PoolState pool, Random random, String id) {
        Map<String, Integer> skills = new HashMap<>();
        for (String skill : SKILLS) {
            if (random.nextInt(4) > 0) {
                skills.put(skill, 1 + random.nextInt(5));
            }
        }
        Set<String> languages = random.nextInt(4) == 0 ? Set.of("es") : Set.of("en");
        Set<String> licences = random.nextBoolean() ? Set.of("SERIES_65") : Set.of();
        pool.agents.putProfile(new AgentProfile(id, POOL, id, skills, languages, licences,
                random.nextInt(11) / 10.0, 1 + random.nextInt(2)), T0);
    }

    /** A new state for an agent on the board: free, about to be free (some past their expected end) or away. */
    static void restate(PoolState pool, Random random, String id) {
        AgentState state = STATES.get(random.nextInt(STATES.size()));
        pool.agents.put(pool.agent(id).withState(state, T0.plusSeconds(random.nextInt(500)))
                .withExpectedFreeAt(state.willFreeUp() ? NOW.plusMillis(random.nextInt(40_000) - 2_000) : null)
                .withOccupancy(random.nextInt(10) / 10.0));
    }

    static CallFacts waiting(Random random, Product product, List<String> ids, Instant now, int holdLimit) {
        Set<String> excluded = new HashSet<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            excluded.add(ids.get(random.nextInt(ids.size())));
        }
        String previous = random.nextInt(3) == 0 ? ids.get(random.nextInt(ids.size())) : null;
        long waited = random.nextInt(60);
        Instant arrived = now.minusSeconds(waited);
        Call call = new Call("c1", POOL, "cust-1", product.code(), random.nextInt(4) == 0 ? "es" : "en", 0,
                random.nextBoolean(), random.nextInt(300_000), null, previous, arrived, 0, excluded,
                new EmotionEstimate("c1", random.nextDouble(), random.nextDouble(), random.nextDouble(), 0.2,
                        -random.nextDouble(), random.nextDouble(), random.nextDouble(), arrived));
        return CallFacts.of(call, product, CareNeed.assess(call, product, now, CareModel.defaults()), waited, holdLimit);
    }

    /** The oracle: every agent free under the call's need, free on its channel, admitted by its ring, not excluded. */
    static List<String> everyFreeAgentScored(PoolState pool, CallFacts waiting,
            Function<Agent, AgentFacts> model, int limit) {
        Call call = waiting.call();
        BestCandidates all = new BestCandidates(Integer.MAX_VALUE);
        for (Agent agent : pool.freeFor(call.productCode(), call.language())) {
            if (agent.canTakeCallNow(call.channel()) && waiting.ringAdmits(agent.profile())
                    && !call.excludes(agent.id())) {
                AgentFacts planned = model.apply(agent);
                all.offer(agent, planned, MatchScore.total(waiting, planned, WEIGHTS));
            }
        }
        return names(all).subList(0, Math.min(limit, all.best().size()));
    }

    static List<String> names(BestCandidates candidates) {
        return candidates.best().stream().map(c -> c.agent().id() + "=" + c.score()).toList();
    }
}
