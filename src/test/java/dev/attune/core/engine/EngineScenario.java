package dev.attune.core.engine;

import static dev.attune.core.engine.Fixtures.POOL;

import dev.attune.core.domain.AgentProfile;
import dev.attune.core.domain.AgentState;
import dev.attune.core.domain.Call;
import dev.attune.core.domain.EmotionEstimate;
import dev.attune.core.domain.Offer;
import dev.attune.core.domain.Product;
import dev.attune.core.engine.RoutingDirective.OfferCreated;
import dev.attune.core.engine.RoutingDirective.OfferRescinded;
import dev.attune.core.engine.event.AgentProfileChanged;
import dev.attune.core.engine.event.AgentStateChanged;
import dev.attune.core.engine.event.CallAbandoned;
import dev.attune.core.engine.event.CallArrived;
import dev.attune.core.engine.event.CallEnded;
import dev.attune.core.engine.event.EmotionEstimated;
import dev.attune.core.engine.event.OfferAccepted;
import dev.attune.core.engine.event.OfferRejected;
import dev.attune.core.engine.event.OfferTimedOut;
import dev.attune.core.engine.event.RoutingEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A random contact-centre episode for property tests, and a referee that watches the engine's directives
 * against the rules from the outside: it never looks at the engine's internals to decide what is legal.
 */
final class EngineScenario {

    /** One step of an episode; choices that depend on live state are indices resolved at run time. */
    sealed interface Step permits Arrive, Emotion, StateChange, Answer, Abandon, End, Advance, Duplicate {
    }

    record Arrive(int product, boolean spanish, int priority, boolean vulnerable, int amount) implements Step {
    }

    record Emotion(int call, double anxiety, double anger, int ageSeconds) implements Step {
    }

    record StateChange(int agent, AgentState state, int freeInSeconds) implements Step {
    }

    /** 0 accept, 1 reject, 2 timed out, applied to the pending offer with this index. */
    record Answer(int offer, int kind) implements Step {
    }

    record Abandon(int call) implements Step {
    }

    record End(int call) implements Step {
    }

    record Advance(int seconds) implements Step {
    }

    record Duplicate(int event) implements Step {
    }

    record AgentSpec(Map<String, Integer> skills, boolean spanish, boolean licensed, double empathy) {
    }

    private static final Product[] PRODUCTS = {Fixtures.ROLLOVER, Fixtures.CARDS, Fixtures.FRAUD};

    /** What the referee saw: every offer made, the first broken rule if any, the calls that arrived and were not refused as unroutable. */
    record Outcome(List<String> offers, String violation, int arrived, PoolStatus finalStatus) {
    }

    static Outcome play(List<AgentSpec> agents, List<Step> steps, PlanMode mode, Planner planner) {
        return play(agents, steps, mode, planner, 1);
    }

    /** @param batchSize events per {@code applyAll} batch; 1 sends every event alone through {@code apply} */
    static Outcome play(List<AgentSpec> agents, List<Step> steps, PlanMode mode, Planner planner, int batchSize) {
        ManualClock clock = new ManualClock(Fixtures.T0);
        RoutingPolicy policy = RoutingPolicy.defaults().toBuilder().solverUnimprovedSteps(5).solverMaxSteps(20)
                .planInterval(Duration.ofSeconds(5)).build();
        try (RoutingEngine engine = new RoutingEngine(Fixtures.settings(policy), clock, mode, planner)) {
            Referee referee = new Referee(clock, batchSize);
            List<RoutingEvent> history = new ArrayList<>();
            for (int i = 0; i < agents.size(); i++) {
                AgentSpec spec = agents.get(i);
                AgentProfile profile = new AgentProfile("a" + i, POOL, null, spec.skills(),
                        spec.spanish() ? Set.of("en", "es") : Set.of("en"),
                        spec.licensed() ? Set.of("SERIES_65") : Set.of(), spec.empathy(), 1);
                referee.profiles.put(profile.id(), profile);
                referee.send(engine, new AgentProfileChanged(profile, clock.instant()), history);
            }
            int nextCall = 0;
            for (Step step : steps) {
                if (referee.violation != null) {
                    break;
                }
                Instant now = clock.instant();
                if (step instanceof Arrive a) {
                    Product product = PRODUCTS[a.product() % PRODUCTS.length];
                    Call call = new Call("c" + nextCall++, POOL, "cust", product.code(), a.spanish() ? "es" : "en",
                            a.priority(), a.vulnerable(), a.amount() * 1000.0, null, null, now, 0, null, null);
                    referee.calls.put(call.id(), call);
                    referee.send(engine, new CallArrived(call), history);
                } else if (step instanceof Emotion e && nextCall > 0) {
                    String id = "c" + e.call() % nextCall;
                    referee.send(engine, new EmotionEstimated(POOL, new EmotionEstimate(id, e.anxiety(), 0.2,
                            e.anger(), 0.1, -0.3, 0.5, 0.8, now.minusSeconds(e.ageSeconds()))), history);
                } else if (step instanceof StateChange c) {
                    String id = "a" + c.agent() % agents.size();
                    Instant freeAt = c.freeInSeconds() > 0 ? now.plusSeconds(c.freeInSeconds()) : null;
                    referee.send(engine, new AgentStateChanged(POOL, id, c.state(), freeAt, now), history);
                } else if (step instanceof Answer a && !referee.pending.isEmpty()) {
                    List<Offer> pending = new ArrayList<>(referee.pending.values());
                    Offer o = pending.get(a.offer() % pending.size());
                    RoutingEvent answer = switch (a.kind() % 3) {
                        case 0 -> new OfferAccepted(POOL, o.decisionId(), o.callId(), o.agentId(), now);
                        case 1 -> new OfferRejected(POOL, o.decisionId(), o.callId(), o.agentId(), "no", now);
                        default -> new OfferTimedOut(POOL, o.decisionId(), o.callId(), o.agentId(), now);
                    };
                    referee.send(engine, answer, history);
                } else if (step instanceof Abandon a && nextCall > 0) {
                    referee.send(engine, new CallAbandoned(POOL, "c" + a.call() % nextCall, now), history);
                } else if (step instanceof End e && nextCall > 0) {
                    referee.send(engine, new CallEnded(POOL, "c" + e.call() % nextCall, null, null, null, null, now),
                            history);
                } else if (step instanceof Advance a) {
                    referee.flush(engine);
                    clock.advanceSeconds(a.seconds());
                    referee.observe(engine.tick(), true);
                } else if (step instanceof Duplicate d && !history.isEmpty()) {
                    referee.send(engine, history.get(d.event() % history.size()), history);
                }
            }
            // every call must get its one ending: hang up whatever is still live
            for (int i = 0; i < nextCall && referee.violation == null; i++) {
                referee.send(engine, new CallAbandoned(POOL, "c" + i, clock.instant()), history);
            }
            referee.flush(engine);
            return new Outcome(referee.offers, referee.violation, nextCall - referee.unroutable, engine.status(POOL));
        }
    }

    /** Checks each directive against the rules, with its own bookkeeping. */
    private static final class Referee {
        final ManualClock clock;
        final Map<String, AgentProfile> profiles = new HashMap<>();
        final Map<String, Call> calls = new HashMap<>();
        final Map<String, AgentState> reported = new HashMap<>();
        final Map<String, Instant> reportedAt = new HashMap<>();
        final Map<String, Offer> pending = new LinkedHashMap<>();
        final Set<String> excluded = new HashSet<>();
        final Set<String> ended = new HashSet<>();
        final List<String> offers = new ArrayList<>();
        String violation;
        int unroutable;

        final int batchSize;
        final List<RoutingEvent> batch = new ArrayList<>();
        /** Exclusions counted for answers sent in the current batch, by decision id (see {@link #flush}). */
        final Map<String, String> excludedInBatch = new HashMap<>();
        /** Acceptances sent in the current batch, by decision id: the agent and its state before (see {@link #flush}). */
        final Map<String, Map.Entry<String, AgentState>> acceptedInBatch = new HashMap<>();

        Referee(ManualClock clock, int batchSize) {
            this.clock = clock;
            this.batchSize = batchSize;
        }

        void flush(RoutingEngine engine) {
            if (batch.isEmpty()) {
                return;
            }
            BatchOutcome outcome = engine.applyAll(List.copyOf(batch));
            batch.clear();
            if (!outcome.rejections().isEmpty()) {
                violation = "consistent events were rejected: " + outcome.rejections();
            }
            // Within a batch the engine may rescind an offer (its agent went away: no exclusion) before the
            // batch's answer to it arrives; that answer was then stale and excluded nothing. A rejected offer
            // is never rescinded, so a rescind of an offer answered in this batch means it came first.
            // The same holds for an acceptance: of an offer the engine rescinded earlier in the batch, it was stale
            // and put nobody on a call, so the agent is as the batch's state changes left it.
            for (RoutingDirective directive : outcome.directives()) {
                if (directive instanceof OfferRescinded) {
                    String key = excludedInBatch.get(directive.offer().decisionId());
                    if (key != null) {
                        excluded.remove(key);
                    }
                    Map.Entry<String, AgentState> accepted = acceptedInBatch.get(directive.offer().decisionId());
                    if (accepted != null && reported.get(accepted.getKey()) == AgentState.BUSY) {
                        reported.put(accepted.getKey(), accepted.getValue());
                    }
                }
            }
            excludedInBatch.clear();
            acceptedInBatch.clear();
            observe(outcome.directives(), false);
        }

        void send(RoutingEngine engine, RoutingEvent event, List<RoutingEvent> history) {
            history.add(event);
            Offer answered = null;
            if (event instanceof OfferAccepted a) {
                answered = pending.get(a.decisionId());
            } else if (event instanceof OfferRejected r && pending.containsKey(r.decisionId())) {
                answered = pending.get(r.decisionId());
                excluded.add(r.callId() + "|" + r.agentId());
                excludedInBatch.put(r.decisionId(), r.callId() + "|" + r.agentId());
                reported.replace(r.agentId(), AgentState.RESERVED, AgentState.AVAILABLE);
            } else if (event instanceof OfferTimedOut t && pending.containsKey(t.decisionId())) {
                answered = pending.get(t.decisionId());
                excluded.add(t.callId() + "|" + t.agentId());
                excludedInBatch.put(t.decisionId(), t.callId() + "|" + t.agentId());
                reported.put(t.agentId(), AgentState.AWAY);
            } else if (event instanceof AgentStateChanged s) {
                Instant last = reportedAt.get(s.agentId());
                if (last == null || !s.at().isBefore(last)) { // an older report than the last is out of date
                    reportedAt.put(s.agentId(), s.at());
                    reported.put(s.agentId(), s.state());
                }
            } else if (event instanceof CallAbandoned || event instanceof CallEnded) {
                String callId = event instanceof CallAbandoned a ? a.callId() : ((CallEnded) event).callId();
                for (Offer o : List.copyOf(pending.values())) {
                    if (o.callId().equals(callId)) {
                        pending.remove(o.decisionId());
                        // a hang-up frees the reserved agent; an end means the agent was in fact on the call
                        reported.replace(o.agentId(), AgentState.RESERVED,
                                event instanceof CallAbandoned ? AgentState.AVAILABLE : AgentState.BUSY);
                    }
                }
                ended.add(callId);
            }
            if (answered != null) {
                pending.remove(answered.decisionId());
                if (event instanceof OfferAccepted) {
                    acceptedInBatch.put(answered.decisionId(),
                            Map.entry(answered.agentId(), reported.getOrDefault(answered.agentId(), AgentState.AVAILABLE)));
                    reported.put(answered.agentId(), AgentState.BUSY);
                }
            }
            if (batchSize > 1) {
                batch.add(event);
                if (batch.size() >= batchSize) {
                    flush(engine);
                }
                return;
            }
            try {
                observe(engine.apply(event), false);
            } catch (RejectedEventException e) {
                violation = "a consistent event was rejected: " + event + ": " + e.getMessage();
            }
        }

        void observe(List<RoutingDirective> directives, boolean fromTick) {
            for (RoutingDirective directive : directives) {
                if (directive instanceof RoutingDirective.CallUnroutable) {
                    unroutable++; // a call nobody in the random roster could take: its one ending
                    continue;
                }
                if (directive instanceof RoutingDirective.AgentSetAway) {
                    continue; // a notice after its offer's rescind, which is checked below
                }
                Offer offer = directive.offer();
                if (directive instanceof OfferRescinded) {
                    if (pending.remove(offer.decisionId()) != null && fromTick
                            && !offer.reservationDeadline().isAfter(clock.instant())) {
                        excluded.add(offer.callId() + "|" + offer.agentId()); // RONA
                        reported.put(offer.agentId(), AgentState.AWAY);
                    } else {
                        reported.replace(offer.agentId(), AgentState.RESERVED, AgentState.AVAILABLE);
                    }
                    continue;
                }
                check(offer);
                pending.put(offer.decisionId(), offer);
                offers.add(offer.decisionId() + " " + offer.callId() + "->" + offer.agentId() + " " + offer.path());
                reported.put(offer.agentId(), AgentState.RESERVED);
            }
        }

        private void check(Offer offer) {
            if (violation != null) {
                return;
            }
            AgentProfile agent = profiles.get(offer.agentId());
            Call call = calls.get(offer.callId());
            Product product = Fixtures.CATALOGUE.product(call.productCode());
            if (pending.values().stream().anyMatch(o -> o.agentId().equals(offer.agentId()))) {
                violation = "agent " + offer.agentId() + " got a second offer " + offer;
            } else if (pending.values().stream().anyMatch(o -> o.callId().equals(offer.callId()))) {
                violation = "call " + offer.callId() + " offered twice at once " + offer;
            } else if (!agent.qualifiesFor(product, call.language())) {
                violation = "agent " + offer.agentId() + " does not qualify for " + call + " " + offer;
            } else if (reported.get(offer.agentId()) != AgentState.AVAILABLE) {
                violation = "agent " + offer.agentId() + " is " + reported.get(offer.agentId()) + ", not AVAILABLE: "
                        + offer;
            } else if (excluded.contains(offer.callId() + "|" + offer.agentId())) {
                violation = "call " + offer.callId() + " offered again to " + offer.agentId()
                        + ", who rejected it or let it ring out";
            } else if (ended.contains(offer.callId())) {
                violation = "call " + offer.callId() + " offered after it ended";
            }
        }
    }
}
