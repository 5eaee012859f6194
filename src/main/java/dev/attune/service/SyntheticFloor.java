package dev.attune.service;

import dev.attune.core.domain.AgentProfile;
import dev.attune.core.domain.AgentState;
import dev.attune.core.domain.Call;
import dev.attune.core.domain.CallOutcome;
import dev.attune.core.domain.Catalogue;
import dev.attune.core.domain.EmotionEstimate;
import dev.attune.core.domain.Product;
import dev.attune.core.engine.RoutingDirective;
import dev.attune.core.engine.RoutingEngine;
import dev.attune.core.engine.event.AgentProfileChanged;
import dev.attune.core.engine.event.AgentStateChanged;
import dev.attune.core.engine.event.CallArrived;
import dev.attune.core.engine.event.CallEnded;
import dev.attune.core.engine.event.EmotionEstimated;
import dev.attune.core.engine.event.OfferAccepted;
import dev.attune.core.engine.event.RoutingEvent;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A made-up floor played against an engine of its own, so the JIT compiles the decision path (batch apply,
 * joint decision, scoring, ticks) before the service takes real traffic. Its pool is synthetic and its engine
 * is thrown away: nothing it decides reaches a real pool, the broker or the journal. Calls arrive in batches,
 * as Kafka polls bring them; every offer is accepted at once and the call ends once half the agents are busy.
 */
final class SyntheticFloor {
    static final String POOL = "warm-up";
    private static final int BATCH = 8;

    private final RoutingEngine engine;
    private final Clock clock;
    private final List<Product> products;
    private final Random random = new Random(17);
    private final Deque<String[]> connected = new ArrayDeque<>();
    private final Map<String, String> agentOfCall = new HashMap<>();
    private final int agents;
    private List<RoutingEvent> answers = new ArrayList<>();
    private long calls;
    private long offers;

    /** @param engine an engine of its own, not the service's; every agent below is added to it */
    SyntheticFloor(RoutingEngine engine, Clock clock, Catalogue catalogue, int agents) {
        this.engine = engine;
        this.clock = clock;
        this.products = List.copyOf(catalogue.products());
        this.agents = agents;
        Instant now = clock.instant();
        Map<String, Integer> skills = new HashMap<>();
        Set<String> licences = new LinkedHashSet<>();
        for (Product product : products) {
            skills.merge(product.requiredSkill(), 5, Math::max);
            product.licence().ifPresent(licences::add);
        }
        for (int n = 0; n < agents; n++) {
            String id = POOL + "-agent-" + n;
            double empathy = 0.3 + 0.6 * random.nextDouble();
            engine.apply(new AgentProfileChanged(new AgentProfile(id, POOL, id, skills, Set.of("en"), licences, empathy,
                    1), now));
            engine.apply(new AgentStateChanged(POOL, id, AgentState.AVAILABLE, null, now));
        }
    }

    /**
     * One poll's worth: the answers to the last round's offers, a few arrivals with their emotion estimates,
     * calls ending to keep half the agents free, then a tick. Every input goes to {@code inputs} before it is
     * applied, every directive to {@code directives}.
     */
    void round(Consumer<List<RoutingEvent>> inputs, Consumer<List<RoutingDirective>> directives) {
        Instant now = clock.instant();
        List<RoutingEvent> batch = answers;
        answers = new ArrayList<>();
        while (connected.size() > agents / 2) {
            String[] ended = connected.poll();
            batch.add(new CallEnded(POOL, ended[0], ended[1], CallOutcome.RESOLVED, null, null, now));
            batch.add(new AgentStateChanged(POOL, ended[1], AgentState.AVAILABLE, null, now));
        }
        for (int i = 0; i < BATCH; i++) {
            String callId = POOL + "-call-" + (++calls);
            Product product = products.get(random.nextInt(products.size()));
            Call call = new Call(callId, POOL, "warm-up-customer-" + calls, product.code(), "en", random.nextInt(2),
                    random.nextDouble() < 0.1, 1000 * random.nextInt(100), null, null, now, 0, Set.of(), null);
            batch.add(new CallArrived(call));
            batch.add(new EmotionEstimated(POOL, new EmotionEstimate(callId, random.nextDouble(), random.nextDouble(),
                    random.nextDouble() / 2, random.nextDouble() / 2, random.nextDouble() * 2 - 1, random.nextDouble(),
                    0.8, now)));
        }
        inputs.accept(batch);
        List<RoutingDirective> decided = new ArrayList<>(engine.applyAll(batch).directives());
        decided.addAll(engine.tick());
        for (RoutingDirective directive : decided) {
            if (directive instanceof RoutingDirective.OfferCreated created) {
                offers++;
                String callId = created.offer().callId();
                String agentId = created.offer().agentId();
                answers.add(new OfferAccepted(POOL, created.offer().decisionId(), callId, agentId, now));
                answers.add(new AgentStateChanged(POOL, agentId, AgentState.BUSY, null, now));
                agentOfCall.put(callId, agentId);
                connected.add(new String[] {callId, agentId});
            }
        }
        directives.accept(decided);
    }

    long calls() {
        return calls;
    }

    long offers() {
        return offers;
    }
}
