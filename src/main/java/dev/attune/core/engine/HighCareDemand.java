package dev.attune.core.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * How many high-care callers the pool expects next, per product: an exponentially decaying count of recent
 * high-care arrivals turned into a rate, times a look-ahead.
 * <pre>
 * count(p)            = sum over high-care arrivals a of p: exp(-(now - a) / tau)
 * expectedHighCare(p) = count(p) / tau * lookAhead
 * </pre>
 * tau (15 min) is long enough that one arrival does not swing the reserve and short enough to follow the
 * day's mix; the look-ahead (5 min) is about one handle time, the time a reserved agent stays reserved by a
 * call it would otherwise take. Both are fixed here until they earn a place in the routing policy.
 */
final class HighCareDemand {
    static final Duration TIME_CONSTANT = Duration.ofMinutes(15);
    static final Duration LOOK_AHEAD = Duration.ofMinutes(5);

    private final Map<String, double[]> byProduct = new HashMap<>();

    /** A high-care caller about this product arrived at {@code at}. */
    void arrived(String productCode, Instant at) {
        double[] decayed = byProduct.computeIfAbsent(productCode, p -> new double[] {0, at.toEpochMilli()});
        decayed[0] = decayed(decayed, at) + 1;
        decayed[1] = Math.max(decayed[1], at.toEpochMilli());
    }

    /** High-care arrivals expected within the look-ahead, by product; products with none are left out. */
    Map<String, Double> expected(Instant now) {
        Map<String, Double> expected = new HashMap<>();
        double perCount = LOOK_AHEAD.toMillis() / (double) TIME_CONSTANT.toMillis();
        byProduct.forEach((product, decayed) -> {
            double count = decayed(decayed, now);
            if (count > 1e-3) {
                expected.put(product, count * perCount);
            }
        });
        return expected;
    }

    private static double decayed(double[] countAndTime, Instant now) {
        double ageMillis = Math.max(0, now.toEpochMilli() - countAndTime[1]);
        return countAndTime[0] * Math.exp(-ageMillis / TIME_CONSTANT.toMillis());
    }
}
