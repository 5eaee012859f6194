package dev.attune.service;

import dev.attune.core.domain.DecisionPath;
import dev.attune.core.engine.PoolStatus;
import dev.attune.core.engine.RoutingDirective;
import dev.attune.core.engine.event.RoutingEvent;
import dev.attune.core.engine.UnappliedAnswer;
import dev.attune.core.engine.WaitReason;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;

/**
 * The router's Prometheus metrics (/q/metrics). Names start with attune_; docs/events.md lists them.
 * Queue gauges read the last snapshot the engine thread took, so a scrape never waits for the engine.
 */
public final class RoutingMetrics {
    private final MeterRegistry registry;
    private final Map<DecisionPath, Counter> decisions = new EnumMap<>(DecisionPath.class);
    private final Counter rescinded;
    private final Map<String, Timer> latency = new ConcurrentHashMap<>();
    private final Timer waits;
    private final Map<String, Counter> events = new ConcurrentHashMap<>();
    private final Map<String, PoolStatus> queues = new ConcurrentHashMap<>();

    public RoutingMetrics(MeterRegistry registry) {
        this.registry = registry;
        for (DecisionPath path : DecisionPath.values()) {
            decisions.put(path, Counter.builder("attune.decisions")
                    .description("Offers made, by the engine path that made them (FALLBACK: the solver failed or was late)")
                    .tag("path", path.name())
                    .register(registry));
        }
        rescinded = Counter.builder("attune.offers.rescinded")
                .description("Offers withdrawn (caller hung up, reservation deadline passed, ...)")
                .register(registry);
        waits = Timer.builder("attune.call.wait")
                .description("How long a call had waited when it was offered to an agent")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(100))
                .maximumExpectedValue(Duration.ofMinutes(30))
                .register(registry);
    }

    void event(RoutingEvent event, Outcome.Status status) {
        String name = event.getClass().getSimpleName();
        events.computeIfAbsent(name + "/" + status, key -> Counter.builder("attune.events")
                .description("Events handed to the engine, by type and what became of them")
                .tag("event", name)
                .tag("outcome", status.name())
                .register(registry)).increment();
    }

    void directive(RoutingDirective directive) {
        if (directive instanceof RoutingDirective.OfferCreated created) {
            decisions.get(created.offer().path()).increment();
        } else if (directive instanceof RoutingDirective.OfferRescinded) {
            rescinded.increment();
        } else if (directive instanceof RoutingDirective.CallUnroutable refused) {
            registry.counter("attune.calls.unroutable", "reason", refused.reason().name()).increment();
        } else {
            registry.counter("attune.agents.set.away").increment();
        }
    }

    void latency(String pool, long nanos) {
        latency.computeIfAbsent(pool, p -> Timer.builder("attune.decision.latency")
                .description("From the input event received to its offer acknowledged by the broker")
                .tag("pool", p)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(5))
                .register(registry)).record(Duration.ofNanos(nanos));
    }

    void waited(Duration wait) {
        if (!wait.isNegative()) {
            waits.record(wait);
        }
    }

    void queues(List<PoolStatus> snapshot) {
        for (PoolStatus health : snapshot) {
            if (queues.put(health.poolId(), health) == null) {
                register(health.poolId());
            }
        }
    }

    private void register(String pool) {
        gauge("attune.queue.depth", "Calls waiting for an offer", pool, h -> h.waitingCalls().size());
        gauge("attune.queue.longest.wait.seconds", "Longest wait among waiting calls", pool,
                h -> h.longestWait().toMillis() / 1000.0);
        gauge("attune.agents.available", "Agents free to take an offer now", pool, PoolStatus::availableAgents);
        gauge("attune.offers.pending", "Offers awaiting the agent's answer", pool, h -> h.pendingOffers().size());
        gauge("attune.routing.fallback.active", "1 while the pool routes by the deterministic fallback", pool,
                h -> h.fallbackActive() ? 1 : 0);
        for (WaitReason reason : WaitReason.values()) {
            Gauge.builder("attune.queue.waiting", queues, q -> waitingFor(q.get(pool), reason))
                    .description("Calls waiting, by why they wait (NO_ELIGIBLE_AGENT_LOGGED_IN: nobody who could"
                            + " take them is at work)")
                    .tag("pool", pool).tag("reason", reason.name()).register(registry);
        }
        for (UnappliedAnswer why : UnappliedAnswer.values()) {
            total("attune.answers.unapplied", "Answers to offers that changed nothing, by why: LATE (the offer was"
                    + " withdrawn first), DUPLICATE (answered already), STRAY (no offer known)", pool,
                    why.name(), h -> h.counters().unappliedAnswers().getOrDefault(why, 0L));
        }
        total("attune.emotion.estimates.stale", "Emotion estimates older than the one in force, ignored", pool,
                null, h -> h.counters().staleEstimates());
    }

    private static double waitingFor(PoolStatus health, WaitReason reason) {
        return health == null ? Double.NaN
                : health.waitingCalls().stream().filter(c -> c.waitReason() == reason).count();
    }

    /** A pool's running total from the engine's counters, as the last snapshot has it. */
    private void total(String name, String description, String pool, String why, ToDoubleFunction<PoolStatus> value) {
        FunctionCounter.Builder<Map<String, PoolStatus>> counter = FunctionCounter.builder(name, queues, q -> {
            PoolStatus health = q.get(pool);
            return health == null ? 0 : value.applyAsDouble(health);
        }).description(description).tag("pool", pool);
        (why == null ? counter : counter.tag("why", why)).register(registry);
    }

    private void gauge(String name, String description, String pool, ToDoubleFunction<PoolStatus> value) {
        Gauge.builder(name, queues, q -> {
            PoolStatus health = q.get(pool);
            return health == null ? Double.NaN : value.applyAsDouble(health);
        }).description(description).tag("pool", pool).register(registry);
    }
}
