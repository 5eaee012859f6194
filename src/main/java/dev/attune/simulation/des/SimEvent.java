package dev.attune.simulation.des;

/**
 * Something that happens at one simulated instant. Subclasses keep their own state so the hot paths
 * (arrivals, service ends, abandonments) allocate nothing beyond the event itself.
 * Cancelling is lazy: a cancelled event stays in the calendar and is skipped when its time comes,
 * which is cheaper than removing it from the heap for the many abandonment timers that never fire.
 */
public abstract class SimEvent {
    double time;
    long order;
    int heapIndex = -1;
    boolean cancelled;

    /** What happens. The calendar's clock already reads this event's time. */
    protected abstract void fire();

    public final double time() {
        return time;
    }

    public final boolean scheduled() {
        return heapIndex >= 0;
    }

    public final void cancel() {
        cancelled = true;
    }
}
