package dev.attune.dashboard;

import dev.attune.core.domain.AgentState;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;

/**
 * Exports what only the dashboard knows, per pool, for Prometheus, Grafana and the alert rules: agents by
 * state, how many high-care and distressed callers wait and for how long, and service level and abandonment
 * today. Calls waiting, the longest wait, offers pending and fallback routing are the engine host's own
 * gauges (attune_queue_depth, ..., see docs/events.md) and are not repeated here. Read from the dashboard's
 * latest frame, so Grafana shows what ops see on the live page.
 */
@ApplicationScoped
public class QueueHealthGauges {
    private final QueueHealthBoard board;
    private final MeterRegistry registry;
    private final Set<String> registeredPools = ConcurrentHashMap.newKeySet();

    @Inject
    public QueueHealthGauges(QueueHealthBoard board, MeterRegistry registry) {
        this.board = board;
        this.registry = registry;
    }

    @Scheduled(every = "${attune.dashboard.interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void registerNewPools() {
        for (PoolHealth pool : board.latest().pools()) {
            if (registeredPools.add(pool.poolId())) {
                register(pool.poolId());
            }
        }
    }

    private void register(String poolId) {
        for (AgentState state : AgentState.values()) {
            Gauge.builder("attune.pool.agents", board, b -> {
                        PoolHealth pool = b.latest().pool(poolId);
                        return pool == null ? Double.NaN : pool.agentsByState().getOrDefault(state.name(), 0);
                    })
                    .tags("pool", poolId, "state", state.name())
                    .description("Agents by state")
                    .register(registry);
        }
        gauge(poolId, "attune.pool.high.care.waiting", null, "Waiting callers whose care need is high",
                p -> p.highCare().waiting());
        gauge(poolId, "attune.pool.high.care.longest.wait", "seconds", "Longest wait among high-care callers",
                p -> p.highCare().longestWaitSeconds());
        gauge(poolId, "attune.pool.distressed.waiting", null, "Waiting callers whose distress is high",
                p -> p.distressed().waiting());
        gauge(poolId, "attune.pool.distressed.longest.wait", "seconds", "Longest wait among distressed callers",
                p -> p.distressed().longestWaitSeconds());
        gauge(poolId, "attune.pool.service.level", null, "Share of today's calls answered within the threshold",
                p -> p.serviceLevel() == null ? Double.NaN : p.serviceLevel());
        gauge(poolId, "attune.pool.service.level.target", null, "Service level the pool's products promise",
                p -> p.serviceLevelTarget() == null ? Double.NaN : p.serviceLevelTarget());
        gauge(poolId, "attune.pool.calls.finished.today", null,
                "Today's calls answered or abandoned (the service level's and abandonment's denominator)",
                p -> p.answered() + p.abandoned());
        gauge(poolId, "attune.pool.abandonment", null, "Share of today's calls abandoned before an answer",
                p -> p.abandonment() == null ? Double.NaN : p.abandonment());
    }

    private void gauge(String poolId, String name, String unit, String description, ToDoubleFunction<PoolHealth> value) {
        Gauge.builder(name, board, b -> {
                    PoolHealth pool = b.latest().pool(poolId);
                    return pool == null ? Double.NaN : value.applyAsDouble(pool);
                })
                .tag("pool", poolId)
                .baseUnit(unit)
                .description(description)
                .register(registry);
    }
}
