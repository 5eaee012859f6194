package dev.attune.simulation.centre;

import dev.attune.core.domain.Channel;
import dev.attune.simulation.des.SimEvent;

/**
 * One call through the centre. What the caller brings (type, priority, the service time it will need,
 * how long it will wait, its channel) is drawn or replayed before it arrives; the rest is filled in by the centre.
 * Not final: the day model adds the caller's product, emotion and stakes in a subclass.
 */
public class Contact {
    private final long id;
    private final int type;
    private final int priority;
    private final double arrivalTime;
    private final double baseServiceTime;
    private final double patience;
    private final Channel channel;

    ContactState state = ContactState.NEW;
    CentreAgent agent;
    double serviceStart = Double.NaN;
    double serviceTime = Double.NaN;
    double departure = Double.NaN;
    SimEvent abandonment;
    double afterCallSeconds;

    /**
     * @param baseServiceTime the service this caller needs from a reference agent; the centre's
     *                        {@link ServiceTimeRule} turns it into the realised time for the serving agent
     * @param patience        the longest this caller will wait in queue; {@code Double.POSITIVE_INFINITY} waits forever
     */
    public Contact(long id, int type, int priority, double arrivalTime, double baseServiceTime, double patience) {
        this(id, type, priority, arrivalTime, baseServiceTime, patience, Channel.VOICE);
    }

    /** @param channel the slot of the serving agent's capacity this contact takes (a voice call by default) */
    public Contact(long id, int type, int priority, double arrivalTime, double baseServiceTime, double patience,
            Channel channel) {
        this.channel = channel == null ? Channel.VOICE : channel;
        this.id = id;
        this.type = type;
        this.priority = priority;
        this.arrivalTime = arrivalTime;
        this.baseServiceTime = baseServiceTime;
        this.patience = patience;
    }

    public long id() {
        return id;
    }

    public int type() {
        return type;
    }

    public int priority() {
        return priority;
    }

    public double arrivalTime() {
        return arrivalTime;
    }

    public double baseServiceTime() {
        return baseServiceTime;
    }

    public double patience() {
        return patience;
    }

    public Channel channel() {
        return channel;
    }

    public ContactState state() {
        return state;
    }

    public boolean waiting() {
        return state == ContactState.WAITING;
    }

    /** The agent serving or who served this contact; null if never served. */
    public CentreAgent agent() {
        return agent;
    }

    public double serviceStart() {
        return serviceStart;
    }

    public double serviceTime() {
        return serviceTime;
    }

    public double departure() {
        return departure;
    }

    /** Time spent in queue so far (waiting) or in total (served, abandoned, disconnected). */
    public double waitedAt(double now) {
        if (state == ContactState.WAITING) {
            return now - arrivalTime;
        }
        if (!Double.isNaN(serviceStart)) {
            return serviceStart - arrivalTime;
        }
        return Double.isNaN(departure) ? 0 : departure - arrivalTime;
    }
}
