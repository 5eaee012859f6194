package dev.attune.core.scoring;

import dev.attune.core.domain.AgentProfile;
import dev.attune.core.domain.Product;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What keeping an empathetic agent free is worth right now, per agent: the opportunity cost behind the
 * "Empathy reserve" constraint.
 * <pre>
 * reserve(agent) = excess * sum over products p the agent qualifies for of expectedHighCare(p)
 *   excess       = empathy - median empathy of the pool, for an agent in the pool's top empathy quartile; else 0
 *   expectedHighCare(p) = high-care arrivals for p expected within the look-ahead (see HighCareDemand)
 * </pre>
 * The excess is measured from the median, not from the quartile boundary, so every top-quartile agent
 * carries some reserve and the best carry most. Language is left out: the demand is counted per product.
 */
public final class EmpathyReserve {
    private static final EmpathyReserve NONE = new EmpathyReserve(Double.POSITIVE_INFINITY, 0,
            QualifiedProducts.of(List.of()), new double[0]);

    private final double topQuartileFrom;
    private final double median;
    private final QualifiedProducts qualified;
    /** High-care arrivals expected, by index into the qualified products; 0 where none are. */
    private final double[] expectedHighCare;
    private final boolean anyExpected;

    private EmpathyReserve(double topQuartileFrom, double median, QualifiedProducts qualified,
            double[] expectedHighCare) {
        this.topQuartileFrom = topQuartileFrom;
        this.median = median;
        this.qualified = qualified;
        this.expectedHighCare = expectedHighCare;
        this.anyExpected = Arrays.stream(expectedHighCare).anyMatch(expected -> expected > 0);
    }

    /** No reserve for anyone: no demand expected, or nobody to compare with. */
    public static EmpathyReserve none() {
        return NONE;
    }

    /**
     * @param empathies        the empathy of every agent at work in the pool
     * @param products         the catalogue's products
     * @param expectedHighCare high-care arrivals expected within the look-ahead, by product code
     */
    public static EmpathyReserve of(double[] empathies, Collection<Product> products,
            Map<String, Double> expectedHighCare) {
        if (empathies.length == 0 || expectedHighCare.isEmpty()) {
            return NONE;
        }
        double[] sorted = empathies.clone();
        Arrays.sort(sorted);
        return of(topQuartileFrom(sorted), median(sorted), products, expectedHighCare);
    }

    /** The same from the pool's empathy quartile boundary and median, when the caller keeps them. */
    public static EmpathyReserve of(double topQuartileFrom, double median, Collection<Product> products,
            Map<String, Double> expectedHighCare) {
        return of(topQuartileFrom, median, QualifiedProducts.of(products), expectedHighCare);
    }

    /** The same with the products each profile qualifies for already worked out, as the engine keeps them. */
    public static EmpathyReserve of(double topQuartileFrom, double median, QualifiedProducts qualified,
            Map<String, Double> expectedHighCare) {
        if (expectedHighCare.isEmpty()) {
            return NONE;
        }
        List<Product> products = qualified.products();
        double[] expected = new double[products.size()];
        for (int i = 0; i < expected.length; i++) {
            expected[i] = Math.max(0, expectedHighCare.getOrDefault(products.get(i).code(), 0.0));
        }
        return new EmpathyReserve(topQuartileFrom, median, qualified, expected);
    }

    /** The lowest empathy in the top quarter of sorted values (ceil(n / 4) agents), as the simulator counts them. */
    public static double topQuartileFrom(double[] sorted) {
        return sorted.length == 0 ? Double.POSITIVE_INFINITY : sorted[sorted.length - (sorted.length + 3) / 4];
    }

    public static double median(double[] sorted) {
        return sorted.length == 0 ? 0 : sorted[(sorted.length - 1) / 2];
    }

    /** The agent's reserve value (empathy units x expected calls), 0 outside the top quartile. */
    public double of(AgentProfile profile) {
        double empathy = profile.empathy();
        return !anyExpected || empathy < topQuartileFrom ? 0 : of(empathy, qualified.of(profile));
    }

    /**
     * The reserve value of an agent with this empathy who qualifies for these products: indices into the catalogue's
     * products as {@link QualifiedProducts#of(AgentProfile)} gives them, for a caller that keeps them beside the agent.
     */
    public double of(double empathy, int[] qualifiedProducts) {
        if (!anyExpected || empathy < topQuartileFrom) {
            return 0;
        }
        double demand = 0;
        for (int product : qualifiedProducts) {
            demand += expectedHighCare[product];
        }
        return Math.max(0, empathy - median) * demand;
    }

    public double topQuartileFrom() {
        return topQuartileFrom;
    }
}
