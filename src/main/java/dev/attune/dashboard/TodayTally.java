package dev.attune.dashboard;

import dev.attune.core.domain.ServiceLevelTarget;
import dev.attune.core.engine.event.CallAbandoned;
import dev.attune.core.engine.event.CallArrived;
import dev.attune.core.engine.event.CallEnded;
import dev.attune.core.engine.event.CallUpdated;
import dev.attune.core.engine.event.OfferAccepted;
import dev.attune.core.engine.event.RoutingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Service level and abandonment today, per pool and product, counted from the events the engine applied
 * (the engine host fires each one). A call counts once its fate is known: answered (its offer accepted)
 * within its product's answer threshold or after it, or abandoned before an answer; every such call is in
 * the denominator, abandoned ones included, as the simulator counts it. Calls still waiting are not counted
 * yet (the queue tiles show them). Only calls whose arrival this instance saw count, so after a restart or
 * a pool hand-over the day's figures start again from the calls that arrive afterwards.
 */
@ApplicationScoped
public class TodayTally {
    private static final int REMEMBERED_CALLS = 100_000;

    /** One product's calls today whose fate is known. */
    public record Count(ServiceLevelTarget target, long answered, long answeredInTime, long abandoned) {
        public long finished() {
            return answered + abandoned;
        }
    }

    private record Arrival(String poolId, String productCode, Instant at) {
    }

    private final Function<String, ServiceLevelTarget> targets;
    private final Clock clock;
    private final ZoneId zone;
    private final Map<String, Arrival> waiting = new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Arrival> eldest) {
            return size() > REMEMBERED_CALLS;
        }
    };
    /** pool → product → count */
    private final Map<String, Map<String, Count>> today = new HashMap<>();
    private LocalDate day;

    @Inject
    public TodayTally(ServiceLevelTargets targets, DashboardSettings settings) {
        this(targets, Clock.systemUTC(), settings.zone().map(ZoneId::of).orElse(ZoneId.systemDefault()));
    }

    public TodayTally(Function<String, ServiceLevelTarget> targets, Clock clock, ZoneId zone) {
        this.targets = targets;
        this.clock = clock;
        this.zone = zone;
        this.day = LocalDate.ofInstant(clock.instant(), zone);
    }

    void onEvent(@Observes RoutingEvent event) {
        record(event);
    }

    public synchronized void record(RoutingEvent event) {
        event.accept(new RoutingEvent.Selective<Void>() {
            @Override
            public Void otherwise(RoutingEvent other) {
                return null;
            }

            @Override
            public Void callArrived(CallArrived arrived) {
                waiting.putIfAbsent(key(arrived.poolId(), arrived.call().id()),
                        new Arrival(arrived.poolId(), arrived.call().productCode(), arrived.call().arrivedAt()));
                return null;
            }

            @Override
            public Void callUpdated(CallUpdated updated) {
                waiting.computeIfPresent(key(updated.poolId(), updated.callId()),
                        (k, a) -> new Arrival(a.poolId(), updated.productCode(), a.at()));
                return null;
            }

            @Override
            public Void offerAccepted(OfferAccepted accepted) {
                settle(accepted, true);
                return null;
            }

            @Override
            public Void callAbandoned(CallAbandoned abandoned) {
                settle(abandoned, false);
                return null;
            }

            @Override
            public Void callEnded(CallEnded ended) {
                waiting.remove(key(ended.poolId(), ended.callId()));
                return null;
            }
        });
    }

    /** The call was answered or abandoned: its wait counts for the product it waited for. */
    private void settle(RoutingEvent event, boolean answered) {
        Arrival arrival = waiting.remove(key(event.poolId(), event.callId()));
        if (arrival != null) {
            count(arrival, event.at(), answered);
        }
    }

    /** Today's counts of one pool by product (empty before its first finished call today). */
    public synchronized Map<String, Count> today(String poolId) {
        roll(clock.instant());
        return new TreeMap<>(today.getOrDefault(poolId, Map.of()));
    }

    private void count(Arrival arrival, Instant at, boolean answered) {
        if (!roll(at)) {
            return;
        }
        ServiceLevelTarget target = targets.apply(arrival.productCode());
        if (target == null) {
            return; // a product the catalogue no longer holds: no promise to measure against
        }
        boolean inTime = answered
                && Duration.between(arrival.at(), at).compareTo(Duration.ofSeconds(target.thresholdSeconds())) <= 0;
        today.computeIfAbsent(arrival.poolId(), p -> new HashMap<>()).merge(arrival.productCode(),
                new Count(target, answered ? 1 : 0, inTime ? 1 : 0, answered ? 0 : 1),
                (a, b) -> new Count(b.target(), a.answered() + b.answered(), a.answeredInTime() + b.answeredInTime(),
                        a.abandoned() + b.abandoned()));
    }

    /** Starts a new day at midnight; false for an event dated before today (late news from yesterday). */
    private boolean roll(Instant at) {
        LocalDate date = LocalDate.ofInstant(at, zone);
        if (date.isAfter(day)) {
            day = date;
            today.clear();
        }
        return !date.isBefore(day);
    }

    private static String key(String poolId, String callId) {
        return poolId + '\u0000' + callId;
    }
}
