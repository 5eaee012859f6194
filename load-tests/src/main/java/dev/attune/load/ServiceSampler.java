package dev.attune.load;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.util.concurrent.Callable;

/**
 * Reads the service's metrics (/q/metrics) and its consumer lag once a second during a step: mean CPU,
 * largest heap, largest lag, and the service's own decision-latency histogram at the start and the end.
 * A scrape costs the service a few milliseconds of CPU per second, which is counted in its CPU.
 */
final class ServiceSampler implements AutoCloseable {
    private static final OperatingSystemMXBean MACHINE = ManagementFactory.getOperatingSystemMXBean();

    private final Callable<String> metrics;
    private final ConsumerLag lag;
    private final Thread thread;
    private volatile boolean running = true;
    private double cpuSum;
    private int cpuSamples;
    private long heapMax;
    private long liveData;
    private long lagMax;
    private double loadSum;
    private int loadSamples;
    private ServiceSample first;
    private ServiceSample last;
    private final LagTrend lagTrend = new LagTrend();
    private final long startedNanos = System.nanoTime();
    /** Lag readings after this are not part of the step's trend (the drain, when arrivals have stopped). */
    private volatile long trendEndNanos = Long.MAX_VALUE;

    /** @param metrics the router's Prometheus text; null when there is none to read */
    ServiceSampler(Callable<String> metrics, ConsumerLag lag) {
        this.metrics = metrics;
        this.lag = lag;
        this.first = scrape();
        this.last = first;
        this.thread = new Thread(this::loop, "service-sampler");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void loop() {
        while (running) {
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                return;
            }
            long lagNow = lag.sample();
            long at = System.nanoTime();
            if (at < trendEndNanos) {
                lagTrend.add((at - startedNanos) / 1e9, lagNow);
            }
            ServiceSample sample = scrape();
            synchronized (this) {
                if (!Double.isNaN(sample.cpu())) {
                    cpuSum += sample.cpu();
                    cpuSamples++;
                }
                heapMax = Math.max(heapMax, sample.heapUsed());
                liveData = Math.max(liveData, sample.liveDataSize());
                lagMax = Math.max(lagMax, lagNow);
                double load = MACHINE.getSystemLoadAverage();
                if (load >= 0) {
                    loadSum += load;
                    loadSamples++;
                }
            }
        }
    }

    private ServiceSample scrape() {
        if (metrics == null) {
            return ServiceSample.none();
        }
        try {
            return ServiceSample.parse(metrics.call());
        } catch (Exception busyOrGone) {
            return ServiceSample.none();
        }
    }

    /** Arrivals have stopped: later lag readings say how the drain went, not whether the service kept pace. */
    void arrivalsStopped() {
        trendEndNanos = System.nanoTime();
    }

    LagTrend lagTrend() {
        return lagTrend;
    }

    /** Takes the closing reading of the service's own latency histogram. */
    void finish() {
        ServiceSample closing = scrape();
        synchronized (this) {
            if (!closing.decisionLatency().isEmpty()) {
                last = closing;
            }
        }
    }

    synchronized double cpuMean() {
        return cpuSamples == 0 ? Double.NaN : cpuSum / cpuSamples;
    }

    synchronized double heapMaxMb() {
        return heapMax / (1024.0 * 1024.0);
    }

    synchronized double liveDataMb() {
        return liveData / (1024.0 * 1024.0);
    }

    /** The machine's mean 1-minute load average during the step: above the core count, everything queues for CPU. */
    synchronized double machineLoad() {
        return loadSamples == 0 ? Double.NaN : loadSum / loadSamples;
    }

    synchronized long lagMax() {
        return lagMax;
    }

    /** The service's own decision latency over the step (bucket upper bound), NaN if it reports none. */
    synchronized double serviceLatencyMs(double percentile) {
        return last.decisionLatencyMs(first, percentile);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join(5_000);
    }
}
