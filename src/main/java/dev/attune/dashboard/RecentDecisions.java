package dev.attune.dashboard;

import dev.attune.core.domain.Offer;
import dev.attune.core.engine.RoutingDirective;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The latest offers of each pool, newest first, as the engine host fires them: the dashboard's "recent decisions". */
@ApplicationScoped
public class RecentDecisions {
    private final int kept;
    private final Map<String, Deque<PoolHealth.Decision>> byPool = new HashMap<>();

    @Inject
    public RecentDecisions(DashboardSettings settings) {
        this(settings.recentDecisionsShown());
    }

    public RecentDecisions(int kept) {
        this.kept = kept;
    }

    void onDirective(@Observes RoutingDirective directive) {
        record(directive);
    }

    public synchronized void record(RoutingDirective directive) {
        if (directive instanceof RoutingDirective.OfferCreated created) {
            Offer offer = created.offer();
            Deque<PoolHealth.Decision> recent = byPool.computeIfAbsent(offer.poolId(), p -> new ArrayDeque<>());
            recent.addFirst(new PoolHealth.Decision(offer.decisionId(), offer.callId(), offer.agentId(),
                    offer.path().name(), offer.createdAt(), offer.score(),
                    offer.explanation().careNeed() == null ? null : offer.explanation().careNeed().value(),
                    offer.explanation().whisper()));
            while (recent.size() > kept) {
                recent.removeLast();
            }
        }
    }

    public synchronized List<PoolHealth.Decision> of(String poolId) {
        Deque<PoolHealth.Decision> recent = byPool.get(poolId);
        return recent == null ? List.of() : List.copyOf(recent);
    }
}
