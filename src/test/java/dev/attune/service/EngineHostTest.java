package dev.attune.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.core.domain.AgentProfile;
import dev.attune.core.domain.AgentState;
import dev.attune.core.domain.Call;
import dev.attune.core.engine.RoutingDirective;
import dev.attune.core.engine.RoutingDirective.OfferCreated;
import dev.attune.core.engine.event.AgentProfileChanged;
import dev.attune.core.engine.event.AgentStateChanged;
import dev.attune.core.engine.event.CallArrived;
import dev.attune.core.engine.event.CallEnded;
import dev.attune.core.engine.event.OfferAccepted;
import dev.attune.core.engine.event.RoutingEvent;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import dev.attune.core.domain.Catalogue;
import dev.attune.core.domain.Product;
import dev.attune.core.domain.ServiceLevelTarget;
import dev.attune.core.engine.PlanMode;
import dev.attune.core.engine.PoolStatus;
import dev.attune.core.engine.RoutingEngine;
import dev.attune.core.engine.RoutingSettings;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The host around any engine: one thread, every decision published and journalled, history replayed once. */
class EngineHostTest {
    private static final String POOL = "pool-a";

    private final List<RoutingDirective> published = new CopyOnWriteArrayList<>();
    private final List<Replayed> log = new CopyOnWriteArrayList<>();
    private final List<RoutingDirective> journalled = new CopyOnWriteArrayList<>();
    private final Map<String, String> causeOfOffer = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<EngineHost> hosts = new ArrayList<>();
    private int offset;

    @AfterEach
    void stop() {
        hosts.forEach(EngineHost::stop);
    }

    private EngineHost host(RoutingCoreFactory factory) {
        DirectiveSink sink = (directive, at, cause, after) -> {
            published.add(directive);
            if (cause != null && cause.eventId() != null) {
                causeOfOffer.put(directive.offer().callId(), cause.eventId());
            }
            // What routing.decisions would hold: the directive and when it was made (the tests apply events
            // one at a time, so publish order is already the causal order).
            log.add(directive instanceof OfferCreated created ? new Replayed.Offered(created.offer(), at)
                    : new Replayed.Rescinded(directive.offer().poolId(), directive.offer().decisionId(),
                            directive.offer().callId(), at));
            return CompletableFuture.completedFuture(null);
        };
        JournalSink journal = batch -> batch.stream().filter(JournalEntry.Decided.class::isInstance)
                .map(entry -> ((JournalEntry.Decided) entry).directive()).forEach(journalled::add);
        EngineHost host = new EngineHost(factory, sink, List.of(journal), settings(), JournalQueueTest.settings(500),
                new SimpleMeterRegistry());
        hosts.add(host);
        host.start();
        return host;
    }

    private static RoutingCoreFactory longestIdle() {
        return clock -> new LongestIdleCore(clock, Duration.ofSeconds(15));
    }

    /** The real engine, decider only (no plan thread), with the one product these tests use. */
    private static RoutingCoreFactory realEngine() {
        Catalogue catalogue = new Catalogue(List.of(new Product("GENERAL", "General", "GENERAL", 1, null, 0.1, 0.15,
                new ServiceLevelTarget(0.8, 20))));
        return clock -> new EngineCore(new RoutingEngine(new RoutingSettings(catalogue, null, null, null), clock,
                PlanMode.OFF));
    }

    static Stream<Arguments> engines() {
        return Stream.of(Arguments.of(Named.of("longest-idle stand-in", longestIdle())),
                Arguments.of(Named.of("routing engine", realEngine())));
    }

    private Outcome apply(EngineHost host, RoutingEvent event, String id) throws Exception {
        String position = "acd.calls/0@" + offset++;
        Outcome outcome = host.apply(event, new EventOrigin("urn:acd " + id, id, position, System.nanoTime()))
                .toCompletableFuture().get(5, TimeUnit.SECONDS);
        if (outcome.status() == Outcome.Status.APPLIED) {
            // Recorded in apply order, before the decisions it led to, as the topics would have them.
            int at = log.size() - outcome.directives().size();
            log.add(at, new Replayed.Input(event, "urn:acd " + id, position, Instant.now()));
        }
        return outcome;
    }

    private static AgentProfileChanged profile(String agent) {
        return new AgentProfileChanged(new AgentProfile(agent, POOL, agent, Map.of("GENERAL", 3), Set.of("en"),
                Set.of(), 0.5, 1), Instant.now());
    }

    private static AgentStateChanged state(String agent, AgentState state) {
        return new AgentStateChanged(POOL, agent, state, null, Instant.now());
    }

    private static CallArrived call(String id) {
        return new CallArrived(new Call(id, POOL, null, "GENERAL", "en", 0, false, 0, null, null, Instant.now(), 0,
                Set.of(), null));
    }

    @ParameterizedTest
    @MethodSource("engines")
    void aDuplicateEventIsAppliedOnce(RoutingCoreFactory engine) throws Exception {
        EngineHost host = host(engine);
        apply(host, profile("a1"), "e1");
        apply(host, state("a1", AgentState.AVAILABLE), "e2");
        assertEquals(Outcome.Status.APPLIED, apply(host, call("c1"), "e3").status());
        assertEquals(Outcome.Status.DUPLICATE, apply(host, call("c1"), "e3").status());
        assertEquals(1, published.size());
    }

    private static EventOrigin origin(String id) {
        return new EventOrigin("urn:acd " + id, id, "acd.calls/0@" + id.hashCode(), System.nanoTime());
    }

    @ParameterizedTest
    @MethodSource("engines")
    void aBatchIsAppliedAtOnceAndEachEventGetsItsOwnOutcome(RoutingCoreFactory engine) throws Exception {
        EngineHost host = host(engine);
        List<RoutingEvent> events = List.of(profile("a1"), profile("a2"), state("a1", AgentState.AVAILABLE),
                state("a2", AgentState.AVAILABLE), state("ghost", AgentState.AVAILABLE), call("c1"), call("c1"),
                call("c2"));
        List<EventOrigin> origins = List.of(origin("p1"), origin("p2"), origin("s1"), origin("s2"), origin("s3"),
                origin("arrival-1"), origin("arrival-1"), origin("arrival-2"));
        List<Outcome> outcomes = host.applyAll(events, origins).toCompletableFuture().get(5, TimeUnit.SECONDS);
        assertEquals(List.of(Outcome.Status.APPLIED, Outcome.Status.APPLIED, Outcome.Status.APPLIED,
                Outcome.Status.APPLIED, Outcome.Status.REJECTED, Outcome.Status.APPLIED, Outcome.Status.DUPLICATE,
                Outcome.Status.APPLIED), outcomes.stream().map(Outcome::status).toList());
        assertTrue(outcomes.get(4).detail().contains("ghost"));
        outcomes.get(7).published().toCompletableFuture().get(1, TimeUnit.SECONDS);
        assertEquals(Set.of("c1", "c2"), Set.copyOf(published.stream().map(d -> d.offer().callId()).toList()));
        assertEquals(2, Set.copyOf(published.stream().map(d -> d.offer().agentId()).toList()).size());
        assertEquals("arrival-1", causeOfOffer.get("c1"), "an offer names the arrival of its call as its cause");
        assertEquals("arrival-2", causeOfOffer.get("c2"));
    }

    @Test
    void aBatchThatBreaksTheEngineIsAppliedOneByOne() throws Exception {
        EngineHost host = host(clock -> new LongestIdleCore(clock, Duration.ofSeconds(15)) {
            @Override
            public List<RoutingDirective> apply(RoutingEvent event) {
                if (event instanceof CallArrived arrived && arrived.call().id().equals("boom")) {
                    throw new IllegalStateException("index out of step");
                }
                return super.apply(event);
            }

            @Override
            public dev.attune.core.engine.BatchOutcome applyAll(List<RoutingEvent> events) {
                if (events.stream().anyMatch(e -> e instanceof CallArrived a && a.call().id().equals("boom"))) {
                    throw new IllegalStateException("index out of step");
                }
                return super.applyAll(events);
            }
        });
        List<Outcome> outcomes = host.applyAll(List.of(profile("a1"), state("a1", AgentState.AVAILABLE), call("boom"),
                call("c1")), List.of(origin("p1"), origin("s1"), origin("boom"), origin("c1")))
                .toCompletableFuture().get(5, TimeUnit.SECONDS);
        assertEquals(List.of(Outcome.Status.APPLIED, Outcome.Status.APPLIED, Outcome.Status.FAILED,
                Outcome.Status.APPLIED), outcomes.stream().map(Outcome::status).toList());
        assertEquals(List.of("c1"), published.stream().map(d -> d.offer().callId()).toList());
    }

    @Test
    void everyDecisionIsPublishedAndJournalledInOrder() throws Exception {
        EngineHost host = host(longestIdle());
        apply(host, profile("a1"), "e1");
        apply(host, state("a1", AgentState.AVAILABLE), "e2");
        Outcome outcome = apply(host, call("c1"), "e3");
        assertEquals(1, outcome.directives().size());
        outcome.published().toCompletableFuture().get(1, TimeUnit.SECONDS);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(2)).until(() -> journalled.size() == 1);
        assertEquals(published, journalled);
    }

    @Test
    void anInconsistentEventIsRefusedAndRoutingGoesOn() throws Exception {
        EngineHost host = host(longestIdle());
        Outcome unknownAgent = apply(host, state("ghost", AgentState.AVAILABLE), "e1");
        assertEquals(Outcome.Status.REJECTED, unknownAgent.status());
        assertTrue(unknownAgent.detail().contains("ghost"));
        apply(host, profile("a1"), "e2");
        apply(host, state("a1", AgentState.AVAILABLE), "e3");
        assertEquals(1, apply(host, call("c1"), "e4").directives().size());
    }

    @Test
    void anEngineBugIsReportedAsAFailureAndRoutingGoesOn() throws Exception {
        EngineHost host = host(clock -> new LongestIdleCore(clock, Duration.ofSeconds(15)) {
            @Override
            public List<RoutingDirective> apply(RoutingEvent event) {
                if (event instanceof CallArrived arrived && arrived.call().id().equals("boom")) {
                    throw new IllegalStateException("index out of step");
                }
                return super.apply(event);
            }
        });
        apply(host, profile("a1"), "e1");
        apply(host, state("a1", AgentState.AVAILABLE), "e2");
        assertEquals(Outcome.Status.FAILED, apply(host, call("boom"), "e3").status());
        assertEquals(1, apply(host, call("c1"), "e4").directives().size());
    }

    @ParameterizedTest
    @MethodSource("engines")
    void aRebuildAdoptsPendingOffersAndDecidesNothingTwice(RoutingCoreFactory engine) throws Exception {
        EngineHost before = host(engine);
        apply(before, profile("a1"), "e1");
        apply(before, profile("a2"), "e2");
        apply(before, state("a1", AgentState.AVAILABLE), "e3");
        apply(before, call("c1"), "e4"); // offered to a1, not yet answered
        apply(before, call("c2"), "e5"); // waits: a2 is logged out
        assertEquals(1, published.size());
        String pendingDecision = published.get(0).offer().decisionId();
        before.stop();
        List<Replayed> history = List.copyOf(log);
        published.clear();

        EngineHost after = host(engine);
        RebuildReport report = after.rebuild(history).toCompletableFuture().get(5, TimeUnit.SECONDS);
        assertEquals(5, report.inputs());
        assertEquals(1, report.adopted());
        assertEquals(0, report.liveDecisions());
        assertTrue(published.isEmpty(), "the replay published " + published);

        assertEquals(Outcome.Status.DUPLICATE, apply(after, call("c2"), "e5").status());
        apply(after, new OfferAccepted(POOL, pendingDecision, "c1", "a1", Instant.now()), "e6");
        assertTrue(published.isEmpty(), "accepting the adopted offer made " + published);
        Outcome freed = apply(after, state("a2", AgentState.AVAILABLE), "e7");
        assertEquals(1, freed.directives().size());
        assertEquals("c2", freed.directives().get(0).offer().callId());
        assertEquals("a2", freed.directives().get(0).offer().agentId());
        apply(after, new CallEnded(POOL, "c1", "a1", null, null, null, Instant.now()), "e8");
        assertEquals(0, apply(after, state("a1", AgentState.AVAILABLE), "e9").directives().size());
    }

    @ParameterizedTest
    @MethodSource("engines")
    void callsThatWaitedThroughTheRestartAreOfferedRightAfterIt(RoutingCoreFactory engine) throws Exception {
        EngineHost before = host(engine);
        apply(before, profile("a1"), "e1");
        apply(before, call("c1"), "e2");
        before.stop();
        List<Replayed> history = List.copyOf(log);
        // While the service was down the agent became available; the record is consumed live after the rebuild.
        EngineHost after = host(engine);
        after.rebuild(history).toCompletableFuture().get(5, TimeUnit.SECONDS);
        Outcome live = apply(after, state("a1", AgentState.AVAILABLE), "e3");
        assertEquals(1, live.directives().size());
        assertInstanceOf(OfferCreated.class, live.directives().get(0));
        assertNotEquals(EngineHost.State.RECOVERING, after.state());
    }

    @org.junit.jupiter.api.Test
    void aRebalanceRebuildsOnlyThePoolsThatMoved() throws Exception {
        EngineHost host = host(realEngine());
        host.rebuild(List.of()).toCompletableFuture().get(5, TimeUnit.SECONDS);
        apply(host, profile("a1"), "e1");
        apply(host, state("a1", AgentState.AVAILABLE), "e2");
        String offered = ((OfferCreated) apply(host, call("c1"), "e3").directives().get(0)).offer().decisionId();
        apply(host, new AgentProfileChanged(new AgentProfile("b1", "pool-b", "b1", Map.of("GENERAL", 3),
                Set.of("en"), Set.of(), 0.5, 1), Instant.now()), "e4");
        int publishedBefore = published.size();

        // pool-b's partition moved here: its history names b2 and a call waiting for it, not b1.
        Instant at = Instant.now();
        List<Replayed> history = List.of(
                new Replayed.Input(new AgentProfileChanged(new AgentProfile("b2", "pool-b", "b2",
                        Map.of("GENERAL", 3), Set.of("en"), Set.of(), 0.5, 1), at), "urn:acd h1", "acd.agents/1@0", at),
                new Replayed.Input(new AgentStateChanged("pool-b", "b2", AgentState.AVAILABLE, null, at),
                        "urn:acd h2", "acd.agents/1@1", at),
                new Replayed.Input(new CallArrived(new Call("c2", "pool-b", null, "GENERAL", "en", 0, false, 0, null,
                        null, at, 0, Set.of(), null)), "urn:acd h3", "acd.calls/1@0", at));
        host.rebuildPools(history, "pool-b"::equals).toCompletableFuture().get(5, TimeUnit.SECONDS);

        Map<String, PoolStatus> pools = host.withCore(core -> core.statuses()).toCompletableFuture().get(5,
                TimeUnit.SECONDS).stream().collect(java.util.stream.Collectors.toMap(PoolStatus::poolId, p -> p));
        assertEquals(List.of(offered), pools.get(POOL).pendingOffers().stream().map(o -> o.decisionId()).toList(),
                "pool-a did not move: its pending offer is the same one, not re-decided");
        List<RoutingDirective> after = published.subList(publishedBefore, published.size());
        assertEquals(1, after.size(), () -> "only the moved pool's waiting call is offered: " + after);
        assertEquals("b2", after.get(0).offer().agentId());
        assertEquals(Outcome.Status.APPLIED, apply(host, call("c3"), "e5").status(), "the dedupe window kept pool-a");
        assertEquals(Outcome.Status.DUPLICATE, host.apply(call("c1"), new EventOrigin("urn:acd e3", "e3", null,
                System.nanoTime())).toCompletableFuture().get(5, TimeUnit.SECONDS).status());
    }

    private static HostSettings settings() {
        return new HostSettings() {
            @Override
            public Duration tickInterval() {
                return Duration.ofMillis(50);
            }

            @Override
            public Duration queueRefresh() {
                return Duration.ofMillis(100);
            }

            @Override
            public Duration stallAfter() {
                return Duration.ofSeconds(5);
            }

            @Override
            public boolean recoverOnStart() {
                return true;
            }

            @Override
            public dev.attune.core.engine.PlanMode planMode() {
                return dev.attune.core.engine.PlanMode.OFF;
            }

            @Override
            public Duration reservationTimeout() {
                return Duration.ofSeconds(15);
            }

            @Override
            public boolean ronaSetsAgentAway() {
                return true;
            }

            @Override

            public int poolLanes() {

                return 1;

            }


            @Override
            public Duration maxHold() {
                return Duration.ofSeconds(10);
            }

            @Override
            public boolean deadlinesByInput() {
                return false;
            }

            @Override
            public Duration answerGrace() {
                return Duration.ofSeconds(2);
            }

            @Override
            public Dedupe dedupe() {
                return new Dedupe() {
                    @Override
                    public Duration window() {
                        return Duration.ofMinutes(5);
                    }

                    @Override
                    public int maxEvents() {
                        return 1000;
                    }
                };
            }
        };
    }
}
