package dev.attune.core.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * How many high-care callers the pool expects next, per product: an exponentially decaying count of recent
 * high-care arrivals turned into a rate, times a look-ahead.
 * <pre>
 * count(p)            = sum over high-care arrivals a of p: exp(-(now - a) / lookBack)
 * expectedHighCare(p) = count(p) / lookBack * horizon
 * </pre>
 * Both come from the routing policy ({@code attune.engine.reserve.*} in application.properties, which the
 * simulator reads too): the look-back (15 min) is long enough that one arrival does not swing the reserve and
 * short enough to follow the day's mix; the horizon (5 min) is about one handle time, the time a reserved agent
 * stays reserved by a call it would otherwise take. They are read at each use, so a new policy applies at once.
 */
final class HighCareDemand {
    private final Supplier<RoutingPolicy> policy;
    private final Map<String, double[]> byProduct = new HashMap<>();

    HighCareDemand(Supplier<RoutingPolicy> policy) {
        this.policy = policy;
    }

    /** A high-care caller about this product arrived at {@code at}. */
    void arrived(String productCode, Instant at) {
        long lookBack = policy.get().reserveLookBack().toMillis();
        double[] decayed = byProduct.computeIfAbsent(productCode, p -> new double[] {0, at.toEpochMilli()});
        decayed[0] = decayed(decayed, at, lookBack) + 1;
        decayed[1] = Math.max(decayed[1], at.toEpochMilli());
    }

    /** High-care arrivals expected within the horizon, by product; products with none are left out. */
    Map<String, Double> expected(Instant now) {
        long lookBack = policy.get().reserveLookBack().toMillis();
        Duration horizon = policy.get().reserveHorizon();
        Map<String, Double> expected = new HashMap<>();
        double perCount = horizon.toMillis() / (double) lookBack;
        byProduct.forEach((product, decayed) -> {
            double count = decayed(decayed, now, lookBack);
            if (count > 1e-3) {
                expected.put(product, count * perCount);
            }
        });
        return expected;
    }

    private static double decayed(double[] countAndTime, Instant now, long lookBackMillis) {
        double ageMillis = Math.max(0, now.toEpochMilli() - countAndTime[1]);
        return countAndTime[0] * Math.exp(-ageMillis / lookBackMillis);
    }
}
