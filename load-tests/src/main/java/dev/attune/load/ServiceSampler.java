package dev.attune.load;

import java.util.concurrent.Callable;

/**
 * Reads the service's CPU and heap (from /q/metrics) and its consumer lag once a second during a step.
 * A scrape costs the service a few milliseconds of CPU per second, which is counted in its CPU.
 */
final class ServiceSampler implements AutoCloseable {
    private final Callable<String> metrics;
    private final ConsumerLag lag;
    private final Thread thread;
    private volatile boolean running = true;
    private double cpuSum;
    private int cpuSamples;
    private long heapMax;
    private long liveData;
    private long lagMax;

    /** @param metrics the router's Prometheus text; null when there is none to read */
    ServiceSampler(Callable<String> metrics, ConsumerLag lag) {
        this.metrics = metrics;
        this.lag = lag;
        this.thread = new Thread(this::loop, "service-sampler");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void loop() {
        while (running) {
            try {
                Thread.sleep(1_000);
                long lagNow = lag.sample();
                ServiceSample sample = metrics == null ? new ServiceSample(Double.NaN, 0, 0)
                        : ServiceSample.parse(metrics.call());
                synchronized (this) {
                    if (!Double.isNaN(sample.cpu())) {
                        cpuSum += sample.cpu();
                        cpuSamples++;
                    }
                    heapMax = Math.max(heapMax, sample.heapUsed());
                    liveData = Math.max(liveData, sample.liveDataSize());
                    lagMax = Math.max(lagMax, lagNow);
                }
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                // The service is busy or gone; the step reports what was read.
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

    synchronized long lagMax() {
        return lagMax;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join(5_000);
    }
}
