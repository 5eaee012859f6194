package dev.attune.simulation.queueing;

/**
 * M/M/c with FIFO service and callers who never abandon: Poisson arrivals at {@code arrivalRate},
 * exponential service at {@code serviceRate} per agent, {@code agents} agents. Any time unit, used
 * consistently. Stable only while arrivalRate &lt; agents × serviceRate.
 */
public record ErlangC(double arrivalRate, double serviceRate, int agents) {

    public ErlangC {
        if (!(arrivalRate > 0 && serviceRate > 0) || agents < 1) {
            throw new IllegalArgumentException("rates must be positive and there must be at least one agent");
        }
        if (arrivalRate >= agents * serviceRate) {
            throw new IllegalArgumentException("unstable: offered load " + arrivalRate / serviceRate
                    + " Erlangs needs more than " + agents + " agents");
        }
    }

    public double offeredLoad() {
        return arrivalRate / serviceRate;
    }

    /** Erlang B by the stable recursion B(k) = a B(k-1) / (k + a B(k-1)). */
    static double erlangB(double load, int servers) {
        double b = 1;
        for (int k = 1; k <= servers; k++) {
            b = load * b / (k + load * b);
        }
        return b;
    }

    /** The probability that a caller waits at all (the Erlang C formula). */
    public double probabilityOfWaiting() {
        double a = offeredLoad();
        double b = erlangB(a, agents);
        return agents * b / (agents - a * (1 - b));
    }

    /** P(wait &lt; t) = 1 - C(c, a) e^{-(cμ - λ) t}. */
    public double serviceLevel(double threshold) {
        return 1 - probabilityOfWaiting() * Math.exp(-(agents * serviceRate - arrivalRate) * threshold);
    }

    /** The average speed of answer, all callers included. */
    public double meanWait() {
        return probabilityOfWaiting() / (agents * serviceRate - arrivalRate);
    }
}
