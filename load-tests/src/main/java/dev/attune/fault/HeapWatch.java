package dev.attune.fault;

import dev.attune.load.ServiceSample;
import java.util.concurrent.Callable;

/** The service's heap in use, read from its metrics once a second while a fault lasts; keeps the largest. */
final class HeapWatch implements AutoCloseable {
    private final Callable<String> metrics;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long maxBytes;

    HeapWatch(Callable<String> metrics) {
        this.metrics = metrics;
        this.thread = new Thread(this::loop, "fault-heap-watch");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void loop() {
        while (running) {
            try {
                maxBytes = Math.max(maxBytes, ServiceSample.parse(metrics.call()).heapUsed());
            } catch (InterruptedException e) {
                return;
            } catch (Exception busy) {
                // an overloaded service may not answer this second: read again
            }
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    double maxMb() {
        return maxBytes / (1024.0 * 1024.0);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join(5_000);
    }
}
