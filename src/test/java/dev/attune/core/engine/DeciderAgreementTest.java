package dev.attune.core.engine;

import static dev.attune.core.engine.Fixtures.POOL;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.core.domain.AgentProfile;
import dev.attune.core.domain.AgentState;
import dev.attune.core.domain.Call;
import dev.attune.core.domain.EmotionEstimate;
import dev.attune.core.domain.Offer;
import dev.attune.core.domain.Product;
import dev.attune.core.engine.RoutingDirective.OfferCreated;
import dev.attune.core.engine.event.AgentProfileChanged;
import dev.attune.core.engine.event.AgentStateChanged;
import dev.attune.core.engine.event.CallAbandoned;
import dev.attune.core.engine.event.CallArrived;
import dev.attune.core.engine.event.CallEnded;
import dev.attune.core.engine.event.OfferAccepted;
import dev.attune.core.solver.AssignmentImpact;
import dev.attune.core.solver.PlanSnapshot;
import dev.attune.core.solver.PlanTermination;
import dev.attune.core.solver.RoutingPlan;
import dev.attune.core.solver.RoutingPlanner;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The instant decider and the solver score with the same terms, so for a new call the decider's agent
 * should be {@code recommendAssignment}'s top decision. Random small pools are warmed up with real traffic
 * (so idle time, occupancy, emotional load and skill pressure all vary), then frozen for one new call.
 */
class DeciderAgreementTest {
    private static final int INSTANCES = 300;
    private static final Product[] PRODUCTS = {Fixtures.ROLLOVER, Fixtures.CARDS, Fixtures.FRAUD};
    private static final String[] SKILLS = {"RETIREMENT", "CARDS", "FRAUD"};

    @Test
    void theDecidersPickIsTheSolversTopRecommendation() {
        RoutingPlanner solver = RoutingPlanner.create(PlanTermination.reproducible(0, 10, 10));
        int compared = 0;
        int agreed = 0;
        List<String> disagreements = new ArrayList<>();
        for (int seed = 0; seed < INSTANCES; seed++) {
            Verdict verdict = compare(new Random(seed), solver);
            if (verdict == null) {
                continue;
            }
            compared++;
            if (verdict.agrees()) {
                agreed++;
            } else if (disagreements.size() < 5) {
                disagreements.add("seed " + seed + ": " + verdict);
            }
        }
        double rate = agreed / (double) compared;
        System.out.printf("decider vs recommendAssignment top decision: %d of %d instances agree (%.1f%%)%n", agreed,
                compared, 100 * rate);
        assertTrue(compared >= INSTANCES / 2, "too few instances had a choice to make: " + compared);
        assertTrue(rate >= 0.98, () -> "agreement " + rate + "; e.g. " + disagreements);
    }

    record Verdict(String decider, long deciderScore, String solver, long solverScore) {
        boolean agrees() {
            return decider.equals(solver) || deciderScore == solverScore; // equal scores: either decision is right
        }
    }

    private static Verdict compare(Random random, RoutingPlanner solver) {
        ManualClock clock = new ManualClock(Fixtures.T0);
        Pool pool = new Pool(POOL, EngineConfig.of(Fixtures.settings()));
        List<RoutingDirective> out = new ArrayList<>();
        int agents = 3 + random.nextInt(18);
        for (int i = 0; i < agents; i++) {
            Map<String, Integer> skills = new HashMap<>();
            for (String skill : SKILLS) {
                if (random.nextDouble() < 0.6) {
                    skills.put(skill, 1 + random.nextInt(5));
                }
            }
            AgentProfile profile = new AgentProfile("a" + i, POOL, null, skills,
                    random.nextBoolean() ? Set.of("en") : Set.of("en", "es"),
                    random.nextDouble() < 0.8 ? Set.of("SERIES_65") : Set.of(), Math.round(random.nextDouble() * 100) / 100.0,
                    1);
            pool.apply(new AgentProfileChanged(profile, clock.instant()), clock.instant(), out);
        }
        // warm-up traffic: agents come and go, take calls, end them with feelings attached
        Set<String> live = new HashSet<>();
        int callNo = 0;
        for (int step = 0; step < 60; step++) {
            clock.advanceSeconds(1 + random.nextInt(30));
            Instant now = clock.instant();
            out.clear();
            pool.tick(now, now, out);
            int r = random.nextInt(10);
            String agentId = "a" + random.nextInt(agents);
            if (r < 4) {
                AgentState state = random.nextDouble() < 0.6 ? AgentState.AVAILABLE
                        : random.nextBoolean() ? AgentState.WRAP_UP : AgentState.BUSY;
                Instant freeAt = state == AgentState.AVAILABLE ? null : now.plusSeconds(1 + random.nextInt(20));
                pool.apply(new AgentStateChanged(POOL, agentId, state, freeAt, now), now, out);
            } else if (r < 8) {
                Call call = randomCall(random, "w" + callNo++, now);
                live.add(call.id());
                pool.apply(new CallArrived(call), now, out);
            } else if (!live.isEmpty()) {
                String callId = live.iterator().next();
                live.remove(callId);
                pool.apply(new CallEnded(POOL, callId, null, null, null, null, now), now, out);
            }
            for (RoutingDirective d : out) {
                if (d instanceof OfferCreated created) {
                    Offer o = created.offer();
                    pool.apply(new OfferAccepted(POOL, o.decisionId(), o.callId(), o.agentId(), now), now,
                            new ArrayList<>());
                }
            }
        }
        Instant now = clock.instant();
        for (String callId : live) {
            pool.apply(new CallAbandoned(POOL, callId, now), now, new ArrayList<>());
        }
        for (int i = 0; i < agents; i++) {
            boolean free = random.nextDouble() < 0.6;
            Instant at = now.minusSeconds(random.nextInt(120));
            pool.apply(new AgentStateChanged(POOL, "a" + i, free ? AgentState.AVAILABLE : AgentState.BUSY,
                    free ? null : now.plusSeconds(1 + random.nextInt(15)), at), now, new ArrayList<>());
        }
        // freeze: one new call, the solver's view of it, then the decider's decision
        Call call = randomCall(random, "new", now);
        EngineConfig config = pool.config();
        RoutingPlan snapshot = PlanSnapshot.take(List.of(call), List.copyOf(pool.agents()), config.catalogue(),
                config.careModel(), config.planning(), config.weights(), now, pool.reserve(now));
        if (snapshot.getCalls().get(0).getEligibleAgents().size() < 2) {
            return null; // no choice to agree on
        }
        List<AssignmentImpact> ranked = solver.alternatives(snapshot, call.id(), 50);
        out.clear();
        pool.apply(new CallArrived(call), now, out);
        String picked = out.isEmpty() ? pool.status(now).waitingCalls().get(0).heldForAgentId()
                : out.get(0).offer().agentId();
        long pickedScore = ranked.stream().filter(a -> a.agentId().equals(picked)).mapToLong(AssignmentImpact::soft)
                .findFirst().orElse(Long.MIN_VALUE);
        return new Verdict(picked, pickedScore, ranked.get(0).agentId(), ranked.get(0).soft());
    }

    private static Call randomCall(Random random, String id, Instant now) {
        Product product = PRODUCTS[random.nextInt(PRODUCTS.length)];
        EmotionEstimate emotion = random.nextBoolean() ? null
                : new EmotionEstimate(id, random.nextDouble(), random.nextDouble(), random.nextDouble() * 0.5,
                        random.nextDouble() * 0.5, -random.nextDouble(), random.nextDouble(), 0.9, now);
        return new Call(id, POOL, "cust-" + id, product.code(), random.nextDouble() < 0.8 ? "en" : "es",
                random.nextDouble() < 0.1 ? 1 : 0, random.nextDouble() < 0.15, random.nextInt(300_000), null,
                random.nextDouble() < 0.2 ? "a" + random.nextInt(5) : null, now, 0, Set.of(), emotion);
    }
}
