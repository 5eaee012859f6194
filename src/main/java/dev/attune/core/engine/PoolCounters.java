package dev.attune.core.engine;

import dev.attune.core.domain.DecisionPath;
import java.util.EnumMap;
import java.util.Map;

/** Running totals of one pool, confined to the pool's lock. */
final class PoolCounters {
    final Map<DecisionPath, Long> decisions = new EnumMap<>(DecisionPath.class);
    long fallbacks;
    long rejections;
    long timeouts;
    long rescinded;
    long served;
    long abandoned;
    long rejectedEvents;
    long plansAdopted;
    long holds;
    final Map<UnappliedAnswer, Long> unappliedAnswers = new EnumMap<>(UnappliedAnswer.class);
    long staleEstimates;

    PoolCounters() {
        for (DecisionPath path : DecisionPath.values()) {
            decisions.put(path, 0L);
        }
        for (UnappliedAnswer why : UnappliedAnswer.values()) {
            unappliedAnswers.put(why, 0L);
        }
    }

    void unapplied(UnappliedAnswer why) {
        unappliedAnswers.merge(why, 1L, Long::sum);
    }

    void decided(DecisionPath path) {
        decisions.merge(path, 1L, Long::sum);
    }

    PoolStatus.Counters snapshot() {
        return new PoolStatus.Counters(decisions, fallbacks, rejections, timeouts, rescinded, served, abandoned,
                rejectedEvents, plansAdopted, holds, unappliedAnswers, staleEstimates);
    }
}
