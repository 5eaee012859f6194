package dev.attune.service;

import dev.attune.core.domain.Catalogue;
import dev.attune.core.domain.AgentProfile;
import dev.attune.core.domain.AgentState;
import dev.attune.core.domain.Call;
import dev.attune.core.domain.DecisionPath;
import dev.attune.core.domain.Explanation;
import dev.attune.core.domain.Offer;
import dev.attune.core.domain.RoutingWeights;
import dev.attune.core.domain.UnknownProductException;
import dev.attune.core.engine.AgentRecommendation;
import dev.attune.core.engine.BatchOutcome;
import dev.attune.core.engine.PoolStatus;
import dev.attune.core.engine.Refusal;
import dev.attune.core.engine.RoutingDirective;
import dev.attune.core.engine.RoutingDirective.OfferCreated;
import dev.attune.core.engine.RoutingDirective.OfferRescinded;
import dev.attune.core.engine.event.AgentProfileChanged;
import dev.attune.core.engine.event.AgentStateChanged;
import dev.attune.core.engine.event.CallAbandoned;
import dev.attune.core.engine.event.CallArrived;
import dev.attune.core.engine.event.CallEnded;
import dev.attune.core.engine.event.CallUpdated;
import dev.attune.core.engine.event.EmotionEstimated;
import dev.attune.core.engine.event.OfferAccepted;
import dev.attune.core.engine.event.OfferRejected;
import dev.attune.core.engine.event.OfferTimedOut;
import dev.attune.core.engine.event.RoutingEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.TreeMap;

/**
 * A deliberately small skills-based longest-idle router with the engine's offer lifecycle (reservation
 * deadline, accept, reject, RONA, rescind on hang-up, re-queue at the original position), so the host's
 * threading, publishing and restart recovery are tested on their own. The real engine's own tests cover routing.
 */
public class LongestIdleCore implements RoutingCore {
    /** Kept only to be read back: longest idle ignores weights. */
    private RoutingWeights weights;
    /** Product to the skill it needs: the few products the tests use. */
    public static final Map<String, String> SKILL_OF_PRODUCT = Map.of(
            "401K_ROLLOVER", "RETIREMENT", "IRA", "RETIREMENT", "FRAUD_DISPUTE", "FRAUD", "GENERAL", "GENERAL",
            "CARD_SERVICES", "CARDS");

    private final Clock clock;
    private final Duration reservation;
    private final Map<String, Pool> pools = new TreeMap<>();
    private boolean suspended;

    private static final class Pool {
        final Map<String, AgentProfile> profiles = new LinkedHashMap<>();
        final Map<String, AgentState> states = new LinkedHashMap<>();
        final Map<String, Instant> since = new LinkedHashMap<>();
        final Map<String, Call> calls = new LinkedHashMap<>();
        final TreeMap<Long, String> queue = new TreeMap<>();
        final Map<String, Offer> pendingByCall = new LinkedHashMap<>();
        final Map<String, Integer> attempts = new LinkedHashMap<>();
        long nextPosition;
    }

    public LongestIdleCore(Clock clock, Duration reservation) {
        this.clock = clock;
        this.reservation = reservation;
    }

    @Override
    public List<RoutingDirective> apply(RoutingEvent event) {
        Instant now = clock.instant();
        List<RoutingDirective> out = new ArrayList<>();
        Pool pool = pools.computeIfAbsent(event.poolId(), id -> new Pool());
        if (event instanceof AgentProfileChanged e) {
            pool.profiles.put(e.profile().id(), e.profile());
            pool.states.putIfAbsent(e.profile().id(), AgentState.LOGGED_OUT);
            pool.since.putIfAbsent(e.profile().id(), now);
        } else if (event instanceof AgentStateChanged e) {
            known(pool, e.agentId());
            if (pool.states.get(e.agentId()) != e.state()) {
                pool.states.put(e.agentId(), e.state());
                pool.since.put(e.agentId(), e.at());
            }
        } else if (event instanceof CallArrived e) {
            product(e.call().productCode());
            if (!pool.calls.containsKey(e.call().id())) {
                Call call = e.call().withQueuePosition(pool.nextPosition++);
                pool.calls.put(call.id(), call);
                pool.queue.put(call.queuePosition(), call.id());
            }
        } else if (event instanceof CallUpdated e) {
            product(e.productCode());
        } else if (event instanceof EmotionEstimated e) {
            Call call = pool.calls.get(e.estimate().callId());
            if (call != null && e.estimate().supersedes(call.emotion())) {
                pool.calls.put(call.id(), call.withEmotion(e.estimate()));
            }
        } else if (event instanceof OfferAccepted e) {
            known(pool, e.agentId());
            Offer offer = pool.pendingByCall.get(e.callId());
            if (offer != null && offer.decisionId().equals(e.decisionId())) {
                pool.pendingByCall.remove(e.callId());
                pool.states.put(e.agentId(), AgentState.BUSY);
            }
        } else if (event instanceof OfferRejected e) {
            declined(pool, e.callId(), e.decisionId(), AgentState.AVAILABLE, now);
        } else if (event instanceof OfferTimedOut e) {
            declined(pool, e.callId(), e.decisionId(), AgentState.AWAY, now);
        } else if (event instanceof CallAbandoned e) {
            Offer offer = pool.pendingByCall.remove(e.callId());
            if (offer != null) {
                out.add(new OfferRescinded(offer, "the caller hung up"));
                pool.states.put(offer.agentId(), AgentState.AVAILABLE);
            }
            remove(pool, e.callId());
        } else if (event instanceof CallEnded e) {
            remove(pool, e.callId());
        }
        route(event.poolId(), pool, now, out);
        return out;
    }

    @Override
    public BatchOutcome applyAll(List<RoutingEvent> events) {
        List<RoutingDirective> out = new ArrayList<>();
        List<BatchOutcome.Rejection> rejections = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            try {
                out.addAll(apply(events.get(i)));
            } catch (IllegalArgumentException e) {
                rejections.add(new BatchOutcome.Rejection(i, events.get(i), e instanceof UnknownProductException
                        ? Refusal.UNKNOWN_PRODUCT : Refusal.INCONSISTENT, e.getMessage()));
            }
        }
        return new BatchOutcome(out, rejections);
    }

    @Override
    public List<RoutingDirective> tick() {
        Instant now = clock.instant();
        List<RoutingDirective> out = new ArrayList<>();
        pools.forEach((id, pool) -> {
            for (Offer offer : List.copyOf(pool.pendingByCall.values())) {
                if (!now.isBefore(offer.reservationDeadline())) {
                    out.add(new OfferRescinded(offer, "no answer by the reservation deadline"));
                    requeue(pool, offer);
                    pool.states.put(offer.agentId(), AgentState.AWAY);
                }
            }
            route(id, pool, now, out);
        });
        return out;
    }

    @Override
    public void suspendRouting(boolean suspended) {
        this.suspended = suspended;
    }

    @Override
    public void adopt(Offer offer) {
        Pool pool = pools.get(offer.poolId());
        Call call = pool == null ? null : pool.calls.get(offer.callId());
        if (call == null || !pool.queue.containsKey(call.queuePosition())) {
            throw new IllegalArgumentException("call '" + offer.callId() + "' is not waiting");
        }
        if (pool.states.get(offer.agentId()) != AgentState.AVAILABLE) {
            throw new IllegalArgumentException("agent '" + offer.agentId() + "' is not available");
        }
        pool.queue.remove(call.queuePosition());
        pool.pendingByCall.put(call.id(), offer);
        pool.attempts.merge(call.id(), 1, Integer::sum);
        pool.states.put(offer.agentId(), AgentState.RESERVED);
    }

    @Override
    public List<PoolStatus> statuses() {
        Instant now = clock.instant();
        List<PoolStatus> statuses = new ArrayList<>();
        pools.forEach((id, pool) -> {
            List<PoolStatus.WaitingCall> waiting = new ArrayList<>();
            Duration longest = Duration.ZERO;
            for (String callId : pool.queue.values()) {
                Call call = pool.calls.get(callId);
                Duration waited = Duration.between(call.arrivedAt(), now);
                longest = waited.compareTo(longest) > 0 ? waited : longest;
                waiting.add(new PoolStatus.WaitingCall(callId, call.productCode(), call.priority(), waited, 0, 0, 0, null));
            }
            Map<AgentState, Integer> byState = new java.util.EnumMap<>(AgentState.class);
            pool.states.values().forEach(state -> byState.merge(state, 1, Integer::sum));
            statuses.add(new PoolStatus(id, now, waiting, byState, byState.getOrDefault(AgentState.AVAILABLE, 0),
                    List.copyOf(pool.pendingByCall.values()), longest, DecisionPath.FALLBACK, null, null,
                    new PoolStatus.Counters(Map.of(), 0, 0, 0, 0, 0, 0, 0, 0, 0)));
        });
        return statuses;
    }

    @Override
    public void updateWeights(RoutingWeights weights) {
        this.weights = weights;
    }

    @Override
    public void replacePools(RoutingCore rebuilt, Set<String> poolIds) {
        throw new UnsupportedOperationException("the stand-in core is always rebuilt whole");
    }

    @Override
    public RoutingWeights weights() {
        return weights;
    }

    @Override
    public void updateCatalogue(Catalogue catalogue) {
    }

    @Override
    public Map<String, AgentState> agentStates(String poolId) {
        Pool pool = pools.get(poolId);
        return pool == null ? Map.of() : new TreeMap<>(pool.states);
    }

    @Override
    public List<AgentRecommendation> recommend(String poolId, String callId, int limit) {
        return List.of();
    }

    @Override
    public void close() {
    }

    private void declined(Pool pool, String callId, String decisionId, AgentState agentState, Instant now) {
        Offer offer = pool.pendingByCall.get(callId);
        if (offer == null || !offer.decisionId().equals(decisionId)) {
            return;
        }
        requeue(pool, offer);
        pool.states.put(offer.agentId(), agentState);
        pool.since.put(offer.agentId(), now);
    }

    private void requeue(Pool pool, Offer offer) {
        pool.pendingByCall.remove(offer.callId());
        Call call = pool.calls.get(offer.callId()).excluding(offer.agentId());
        pool.calls.put(call.id(), call);
        pool.queue.put(call.queuePosition(), call.id());
    }

    private void remove(Pool pool, String callId) {
        Call call = pool.calls.remove(callId);
        if (call != null) {
            pool.queue.remove(call.queuePosition());
        }
        pool.pendingByCall.remove(callId);
    }

    private void route(String poolId, Pool pool, Instant now, List<RoutingDirective> out) {
        if (suspended) {
            return;
        }
        for (String callId : List.copyOf(pool.queue.values())) {
            Call call = pool.calls.get(callId);
            String skill = SKILL_OF_PRODUCT.get(call.productCode());
            String best = null;
            for (AgentProfile profile : pool.profiles.values()) {
                String agent = profile.id();
                if (pool.states.get(agent) == AgentState.AVAILABLE && profile.proficiency(skill) > 0
                        && profile.speaks(call.language()) && !call.excludes(agent)
                        && (best == null || pool.since.get(agent).isBefore(pool.since.get(best)))) {
                    best = agent;
                }
            }
            if (best != null) {
                int attempt = pool.attempts.merge(callId, 1, Integer::sum);
                Offer offer = new Offer(poolId + "|" + callId + "|" + attempt, poolId, callId, best, now,
                        now.plus(reservation), 100, DecisionPath.FALLBACK, new Explanation(List.of(),
                        List.of("longest idle qualified agent"), "Routine call.", null, List.of()));
                pool.queue.remove(call.queuePosition());
                pool.pendingByCall.put(callId, offer);
                pool.states.put(best, AgentState.RESERVED);
                out.add(new OfferCreated(offer));
            }
        }
    }

    private static void known(Pool pool, String agentId) {
        if (!pool.profiles.containsKey(agentId)) {
            throw new IllegalArgumentException("agent '" + agentId + "' has no profile");
        }
    }

    private static void product(String code) {
        if (!SKILL_OF_PRODUCT.containsKey(code)) {
            throw new UnknownProductException(code);
        }
    }
}
