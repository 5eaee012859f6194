package dev.attune.simulation.multiskill;

import dev.attune.simulation.centre.ArrivalSource;
import dev.attune.simulation.centre.Centre;
import dev.attune.simulation.centre.Contact;
import dev.attune.simulation.des.SimEvent;
import dev.attune.simulation.model.DistributionSpec.Sampler;
import java.util.function.LongSupplier;
import umontreal.ssj.rng.RandomStream;

/**
 * Poisson arrivals of one contact type with a rate constant within each period. The next arrival is
 * found by inverting the cumulative rate from one exponential draw, so a run of empty periods costs no
 * random numbers and the arrival stream is the same whatever the other processes draw.
 * Each contact's service time and patience are drawn at creation from their own streams.
 */
final class PoissonArrivals extends SimEvent implements ArrivalSource {
    private final int type;
    private final double[] ratePerUnit;
    private final double periodLength;
    private final RandomStream arrivalStream;
    private final Sampler serviceTime;
    private final RandomStream serviceStream;
    private final Sampler patience;
    private final RandomStream patienceStream;
    private final LongSupplier ids;
    private Centre centre;

    /**
     * @param ratePerPeriod expected arrivals in each period of the whole horizon
     */
    PoissonArrivals(int type, double[] ratePerPeriod, double periodLength, RandomStream arrivalStream,
            Sampler serviceTime, RandomStream serviceStream, Sampler patience, RandomStream patienceStream,
            LongSupplier ids) {
        this.type = type;
        this.periodLength = periodLength;
        this.ratePerUnit = new double[ratePerPeriod.length];
        for (int p = 0; p < ratePerPeriod.length; p++) {
            ratePerUnit[p] = ratePerPeriod[p] / periodLength;
        }
        this.arrivalStream = arrivalStream;
        this.serviceTime = serviceTime;
        this.serviceStream = serviceStream;
        this.patience = patience;
        this.patienceStream = patienceStream;
        this.ids = ids;
    }

    @Override
    public void start(Centre centre) {
        this.centre = centre;
        scheduleNext(0);
    }

    @Override
    protected void fire() {
        double now = centre.now();
        double service = serviceTime.sample(serviceStream);
        double wait = patience.sample(patienceStream);
        centre.arrive(new Contact(ids.getAsLong(), type, 0, now, service, wait));
        scheduleNext(now);
    }

    private void scheduleNext(double from) {
        double next = nextArrival(from, -Math.log1p(-arrivalStream.nextDouble()));
        if (next != Double.POSITIVE_INFINITY) {
            centre.simulator().scheduleAt(this, next);
        }
    }

    /** The time at which the cumulative rate from {@code from} reaches {@code exponential}. */
    double nextArrival(double from, double exponential) {
        double t = from;
        double remaining = exponential;
        int period = (int) Math.floor(t / periodLength);
        while (period < ratePerUnit.length) {
            double end = (period + 1) * periodLength;
            double rate = ratePerUnit[period];
            if (rate > 0) {
                double dt = remaining / rate;
                if (t + dt < end) {
                    return t + dt;
                }
                remaining -= rate * (end - t);
            }
            t = end;
            period++;
        }
        return Double.POSITIVE_INFINITY;
    }
}
