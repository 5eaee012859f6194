package dev.attune.simulation.des;

import java.util.Arrays;

/**
 * The event calendar and the simulated time. A binary heap ordered by time, then by scheduling order,
 * so events at the same instant fire first-scheduled-first and a seed replays exactly.
 * Time is a double in the model's own unit (the Bank model uses minutes, the day model seconds).
 */
public final class Simulator {
    private SimEvent[] heap = new SimEvent[256];
    private int size;
    private long scheduled;
    private double now;
    private boolean stopped;
    private long fired;

    public double now() {
        return now;
    }

    /** Events fired since the last {@link #reset()}, for throughput figures. */
    public long firedEvents() {
        return fired;
    }

    public void schedule(SimEvent event, double delay) {
        if (!(delay >= 0)) {
            throw new IllegalArgumentException("delay must be a non-negative number, was " + delay);
        }
        scheduleAt(event, now + delay);
    }

    public void scheduleAt(SimEvent event, double time) {
        if (event.heapIndex >= 0) {
            throw new IllegalStateException("event is already in the calendar");
        }
        if (!(time >= now)) {
            throw new IllegalArgumentException("cannot schedule in the past: " + time + " < " + now);
        }
        event.time = time;
        event.order = scheduled++;
        event.cancelled = false;
        if (size == heap.length) {
            heap = Arrays.copyOf(heap, size * 2);
        }
        siftUp(size++, event);
    }

    /** A one-off action, for rare events where a dedicated class is not worth it. */
    public SimEvent schedule(double delay, Runnable action) {
        SimEvent event = new SimEvent() {
            @Override
            protected void fire() {
                action.run();
            }
        };
        schedule(event, delay);
        return event;
    }

    /** Fires events in time order until the calendar is empty, {@link #stop()} is called, or time passes {@code until}. */
    public void run(double until) {
        stopped = false;
        while (size > 0 && !stopped) {
            SimEvent next = heap[0];
            if (next.time > until) {
                break;
            }
            removeTop();
            if (next.cancelled) {
                continue;
            }
            now = next.time;
            fired++;
            next.fire();
        }
        if (!stopped && until != Double.POSITIVE_INFINITY && now < until) {
            now = until;
        }
    }

    public void run() {
        run(Double.POSITIVE_INFINITY);
    }

    public void stop() {
        stopped = true;
    }

    /** Empties the calendar and sets the time back to zero for the next replication. */
    public void reset() {
        for (int i = 0; i < size; i++) {
            heap[i].heapIndex = -1;
            heap[i] = null;
        }
        size = 0;
        now = 0;
        scheduled = 0;
        fired = 0;
        stopped = false;
    }

    public int pendingEvents() {
        return size;
    }

    private void removeTop() {
        SimEvent top = heap[0];
        top.heapIndex = -1;
        SimEvent last = heap[--size];
        heap[size] = null;
        if (size > 0) {
            siftDown(0, last);
        }
    }

    private static boolean before(SimEvent a, SimEvent b) {
        return a.time < b.time || (a.time == b.time && a.order < b.order);
    }

    private void siftUp(int index, SimEvent event) {
        while (index > 0) {
            int parent = (index - 1) >>> 1;
            SimEvent above = heap[parent];
            if (!before(event, above)) {
                break;
            }
            heap[index] = above;
            above.heapIndex = index;
            index = parent;
        }
        heap[index] = event;
        event.heapIndex = index;
    }

    private void siftDown(int index, SimEvent event) {
        int half = size >>> 1;
        while (index < half) {
            int child = 2 * index + 1;
            SimEvent smaller = heap[child];
            int right = child + 1;
            if (right < size && before(heap[right], smaller)) {
                child = right;
                smaller = heap[child];
            }
            if (!before(smaller, event)) {
                break;
            }
            heap[index] = smaller;
            smaller.heapIndex = index;
            index = child;
        }
        heap[index] = event;
        event.heapIndex = index;
    }
}
