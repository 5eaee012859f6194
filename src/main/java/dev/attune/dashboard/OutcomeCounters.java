package dev.attune.dashboard;

import dev.attune.core.domain.CallOutcome;
import dev.attune.core.engine.event.CallArrived;
import dev.attune.core.engine.event.CallEnded;
import dev.attune.core.engine.event.CallUpdated;
import dev.attune.core.engine.event.RoutingEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How served calls end, per pool and product, as Prometheus counters: {@code attune_call_outcomes_total}
 * by outcome (resolution, complaint and transfer rates are ratios of its rates) and {@code attune_call_csat}
 * (sum and count: the mean CSAT). Counted from the events the engine applied, so each pool's owner counts its
 * calls once. A pool's series exist, at zero, from its first call of a product on, so a rate reads 0, not absent.
 */
@ApplicationScoped
public class OutcomeCounters {
    static final String OUTCOMES = "attune.call.outcomes";
    static final String CSAT = "attune.call.csat";
    private static final int REMEMBERED_CALLS = 100_000;

    private final MeterRegistry registry;
    /** pool + call → product, for the call.ended that names no product */
    private final Map<String, String> products = new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > REMEMBERED_CALLS;
        }
    };

    @Inject
    public OutcomeCounters(MeterRegistry registry) {
        this.registry = registry;
    }

    void onEvent(@Observes RoutingEvent event) {
        if (event instanceof CallArrived arrived) {
            remember(arrived.poolId(), arrived.call().id(), arrived.call().productCode());
        } else if (event instanceof CallUpdated updated) {
            remember(updated.poolId(), updated.callId(), updated.productCode());
        } else if (event instanceof CallEnded ended) {
            count(ended);
        }
    }

    private void remember(String pool, String callId, String product) {
        synchronized (products) {
            products.put(pool + '\u0000' + callId, product);
        }
        for (CallOutcome outcome : CallOutcome.values()) {
            outcomes(pool, product, outcome);
        }
        csat(pool, product);
    }

    private void count(CallEnded ended) {
        String product;
        synchronized (products) {
            product = products.remove(ended.poolId() + '\u0000' + ended.callId());
        }
        // A call whose arrival this instance did not see (before a restart or hand-over) still counts, as "unknown".
        String shown = product == null ? "unknown" : product;
        if (ended.outcome() != null) {
            outcomes(ended.poolId(), shown, ended.outcome()).increment();
        }
        if (ended.csat() != null) {
            csat(ended.poolId(), shown).record(ended.csat());
        }
    }

    private Counter outcomes(String pool, String product, CallOutcome outcome) {
        return Counter.builder(OUTCOMES).description("Served calls ended, by how (the answering agent's part)")
                .tag("pool", pool).tag("product", product).tag("outcome", outcome.name()).register(registry);
    }

    private DistributionSummary csat(String pool, String product) {
        return DistributionSummary.builder(CSAT).description("Customer satisfaction (1-5) of ended calls that have one")
                .tag("pool", pool).tag("product", product).register(registry);
    }
}
