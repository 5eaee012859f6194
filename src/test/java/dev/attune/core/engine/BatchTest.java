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
import java.util.Set;
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

    @Test
    void agentsComingFreeInABacklogPastTheJointBoundServeTheLongestWaitingCalls() {
        // 2,000 busy agents and 1,100 waiting calls are past the joint decision's 2 million pairs: the calls are
        // decided in queue order, each offered the best agent still free, until the agents who came free are taken;
        // the poll's own new call is decided in full (nobody left free, and nobody free within its hold limit: it waits)
        try (RoutingEngine engine = backlog()) {
            List<String> freed = List.of("agent-0007", "agent-0420", "agent-1999", "agent-1000", "agent-0001");
            List<RoutingEvent> poll = new java.util.ArrayList<>();
            poll.add(arrived(call("late", CARDS, clock.instant())));
            freed.forEach(id -> poll.add(state(id, AgentState.AVAILABLE, clock.instant())));
            BatchOutcome outcome = engine.applyAll(poll);

            Map<String, String> offered = offers(outcome.directives());
            assertEquals(Set.of("backlog-0000", "backlog-0001", "backlog-0002", "backlog-0003", "backlog-0004"),
                    offered.keySet(), "the five longest-waiting calls");
            assertEquals(Set.copyOf(freed), Set.copyOf(offered.values()));
            assertEquals("agent-1999", offered.get("backlog-0000"), "the longest-waiting call takes the best agent");
            assertTrue(outcome.directives().stream().noneMatch(d -> d.offer().explanation().reasons().stream()
                    .anyMatch(r -> r.startsWith("Decided jointly"))));
        }
    }

    /** 2,000 card agents on calls for the next hour, and 1,100 card calls waiting, one second apart. */
    private RoutingEngine backlog() {
        ManualClock backlogClock = new ManualClock(T0);
        RoutingEngine engine = new RoutingEngine(Fixtures.settings(), backlogClock, PlanMode.OFF);
        for (int i = 0; i < 2_000; i++) {
            String id = String.format("agent-%04d", i);
            engine.apply(profile(agent(id, Map.of("CARDS", 1 + i % 5), (i % 10) / 10.0), backlogClock.instant()));
            engine.apply(Fixtures.busyUntil(id, T0.plusSeconds(3_600), backlogClock.instant()));
        }
        for (int c = 0; c < 1_100; c++) {
            engine.apply(arrived(call(String.format("backlog-%04d", c), CARDS, backlogClock.plusSecond())));
        }
        clock.advance(java.time.Duration.between(clock.instant(), backlogClock.instant()));
        return engine;
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
