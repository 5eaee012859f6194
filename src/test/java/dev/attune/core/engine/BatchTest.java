package dev.attune.core.engine;

import static dev.attune.core.engine.Fixtures.CARDS;
import static dev.attune.core.engine.Fixtures.FRAUD;
import static dev.attune.core.engine.Fixtures.POOL;
import static dev.attune.core.engine.Fixtures.T0;
import static dev.attune.core.engine.Fixtures.agent;
import static dev.attune.core.engine.Fixtures.arrived;
import static dev.attune.core.engine.Fixtures.call;
import static dev.attune.core.engine.Fixtures.profile;
import static dev.attune.core.engine.Fixtures.state;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.core.domain.AgentState;
import dev.attune.core.domain.Call;
import dev.attune.core.engine.event.RoutingEvent;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A batch of events (one Kafka poll) is decided jointly, so the first call does not take the agent the second needed. */
class BatchTest {
    private final ManualClock clock = new ManualClock(T0);

    private RoutingEngine staffed() {
        RoutingEngine engine = new RoutingEngine(Fixtures.settings(), clock, PlanMode.OFF);
        // the fraud specialist also does cards, and does them better; the card agent does cards only
        engine.apply(profile(agent("fraud-and-cards", Map.of("FRAUD", 4, "CARDS", 5), 0.9), clock.instant()));
        engine.apply(profile(agent("cards-only", Map.of("CARDS", 2), 0.5), clock.instant()));
        engine.apply(state("fraud-and-cards", AgentState.AVAILABLE, clock.instant()));
        engine.apply(state("cards-only", AgentState.AVAILABLE, clock.instant()));
        return engine;
    }

    private static Map<String, String> offers(List<RoutingDirective> directives) {
        return directives.stream().filter(d -> d instanceof RoutingDirective.OfferCreated)
                .collect(Collectors.toMap(d -> d.offer().callId(), d -> d.offer().agentId()));
    }

    @Test
    void aBurstIsAssignedAsAWhole() {
        List<Call> burst = List.of(call("card", CARDS, clock.instant()), call("fraud", FRAUD, clock.instant()));
        try (RoutingEngine oneByOne = staffed()) {
            Map<String, String> greedy = offers(burst.stream().flatMap(c -> oneByOne.apply(arrived(c)).stream())
                    .toList());
            assertEquals(Map.of("card", "fraud-and-cards"), greedy, "first come takes the only fraud agent");
        }
        try (RoutingEngine joint = staffed()) {
            BatchOutcome outcome = joint.applyAll(burst.stream().map(Fixtures::arrived).toList());
            assertEquals(Map.of("card", "cards-only", "fraud", "fraud-and-cards"), offers(outcome.directives()));
            assertTrue(outcome.directives().get(0).offer().explanation().reasons().get(0)
                    .startsWith("Decided jointly with 2 waiting calls"));
        }
    }

    @Test
    void aBatchPastTheMatchingsWorkBoundIsDecidedAsOneByOne() {
        // 300 calls and 300 free agents are over the joint decision's work bound: it gives up while building its
        // rows (every row names all 300 agents) and the batch gets exactly the decisions of one call at a time
        List<Call> burst = IntStream.range(0, 300)
                .mapToObj(i -> call("card-" + i, i % 3 == 0 ? FRAUD : CARDS, clock.instant())).toList();
        try (RoutingEngine oneByOne = crowd(); RoutingEngine batch = crowd()) {
            Map<String, String> alone = offers(burst.stream().flatMap(c -> oneByOne.apply(arrived(c)).stream())
                    .toList());
            BatchOutcome outcome = batch.applyAll(burst.stream().map(Fixtures::arrived).toList());
            assertEquals(alone, offers(outcome.directives()));
            assertEquals(300, alone.size());
            assertTrue(outcome.directives().stream().noneMatch(d -> d.offer().explanation().reasons().stream()
                    .anyMatch(r -> r.startsWith("Decided jointly"))));
        }
    }

    private RoutingEngine crowd() {
        RoutingEngine engine = new RoutingEngine(Fixtures.settings(), clock, PlanMode.OFF);
        for (int i = 0; i < 300; i++) {
            String id = String.format("agent-%03d", i);
            engine.apply(profile(agent(id, Map.of("FRAUD", 2 + i % 4, "CARDS", 1 + i % 5), (i % 10) / 10.0),
                    clock.instant()));
            engine.apply(state(id, AgentState.AVAILABLE, clock.instant()));
        }
        return engine;
    }

    @Test
    void aBadEventInABatchIsReportedAndTheRestApplied() {
        try (RoutingEngine engine = staffed()) {
            List<RoutingEvent> batch = List.of(state("ghost", AgentState.AVAILABLE, clock.instant()),
                    arrived(call("card", CARDS, clock.instant())));
            BatchOutcome outcome = engine.applyAll(batch);
            assertEquals(1, outcome.rejections().size());
            assertEquals(0, outcome.rejections().get(0).index());
            assertTrue(outcome.rejections().get(0).reason().contains("ghost"));
            assertEquals(1, offers(outcome.directives()).size());
            assertEquals(1, engine.status(POOL).counters().rejectedEvents());
        }
    }
}
