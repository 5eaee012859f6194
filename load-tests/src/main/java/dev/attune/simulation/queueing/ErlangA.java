package dev.attune.simulation.queueing;

/**
 * M/M/c+M, the Erlang A model (Palm; Garnett, Mandelbaum and Reiman 2002): like Erlang C, but each
 * waiting caller abandons at rate {@code abandonmentRate} (exponential patience). Solved exactly as a
 * birth-death chain on the number of callers in the system (birth λ; death min(n,c)μ + max(0,n-c)θ),
 * truncated where the remaining probability is below 1e-15; PASTA gives the arrivals' view.
 */
public record ErlangA(double arrivalRate, double serviceRate, int agents, double abandonmentRate) {

    public ErlangA {
        if (!(arrivalRate > 0 && serviceRate > 0 && abandonmentRate > 0) || agents < 1) {
            throw new IllegalArgumentException("rates must be positive and there must be at least one agent");
        }
    }

    private double[] stationary() {
        int limit = agents + 10;
        while (true) {
            double[] p = new double[limit + 1];
            p[0] = 1;
            double total = 1;
            for (int n = 1; n <= limit; n++) {
                double death = Math.min(n, agents) * serviceRate + Math.max(0, n - agents) * abandonmentRate;
                p[n] = p[n - 1] * arrivalRate / death;
                total += p[n];
            }
            if (p[limit] / total < 1e-15 || limit > 1_000_000) {
                for (int n = 0; n <= limit; n++) {
                    p[n] /= total;
                }
                return p;
            }
            limit *= 2;
        }
    }

    /** The probability that an arriving caller finds every agent busy. */
    public double probabilityOfWaiting() {
        double[] p = stationary();
        double waiting = 0;
        for (int n = agents; n < p.length; n++) {
            waiting += p[n];
        }
        return waiting;
    }

    /** Mean number of callers in queue. */
    public double meanQueueLength() {
        double[] p = stationary();
        double queue = 0;
        for (int n = agents + 1; n < p.length; n++) {
            queue += (n - agents) * p[n];
        }
        return queue;
    }

    /** Share of callers who abandon: abandonments per unit time (θ E[Q]) over arrivals per unit time. */
    public double probabilityOfAbandonment() {
        return abandonmentRate * meanQueueLength() / arrivalRate;
    }

    /** Mean time in queue over all callers, abandoned ones included (Little's law). */
    public double meanQueueTime() {
        return meanQueueLength() / arrivalRate;
    }
}
