package dev.attune.simulation.centre;

import dev.attune.core.domain.AgentProfile;
import dev.attune.core.domain.Channel;
import dev.attune.core.domain.ChannelCounts;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One agent of the simulated centre: a member of a group, on duty during its shifts, holding contacts per
 * channel within its profile's capacity (one voice call when it has no profile), by the engine's rule: a
 * contact takes a slot of its channel from service start to the end of its after-call time, and channels
 * are independent. Keeps the time integrals the occupancy measures need. An agent whose shift ends
 * during a call finishes it and stays present until then (a "ghost agent" in ContactCenters' words).
 */
public final class CentreAgent {
    private final int index;
    private final int group;
    private final String name;
    private double[] shifts;
    private AgentProfile profile;

    boolean onDuty;
    final List<Contact> serving = new ArrayList<>();
    final List<Contact> wrapping = new ArrayList<>();
    ChannelCounts taken = ChannelCounts.NONE;
    double idleSince;
    double presentSince;
    double busyTime;
    double presentTime;
    int served;

    /**
     * @param shifts on-duty intervals as start, end pairs in simulated time, sorted and not overlapping
     */
    public CentreAgent(int index, int group, String name, double[] shifts) {
        this.index = index;
        this.group = group;
        this.name = name;
        setShifts(shifts);
    }

    void reset() {
        onDuty = false;
        serving.clear();
        wrapping.clear();
        taken = ChannelCounts.NONE;
        idleSince = 0;
        presentSince = 0;
        busyTime = 0;
        presentTime = 0;
        served = 0;
    }

    public int index() {
        return index;
    }

    public int group() {
        return group;
    }

    public String name() {
        return name;
    }

    double[] shifts() {
        return shifts;
    }

    void setShifts(double[] shifts) {
        if (shifts.length % 2 != 0) {
            throw new IllegalArgumentException("shifts come in start, end pairs");
        }
        for (int i = 1; i < shifts.length; i++) {
            if (shifts[i] < shifts[i - 1]) {
                throw new IllegalArgumentException("shifts of agent " + name + " must be sorted and not overlap");
            }
        }
        this.shifts = shifts.clone();
    }

    /** The routing profile (skills, languages, licences, empathy) when the model has one; null for the Bank model. */
    public AgentProfile profile() {
        return profile;
    }

    public void setProfile(AgentProfile profile) {
        this.profile = profile;
    }

    public boolean onDuty() {
        return onDuty;
    }

    public boolean busy() {
        return !serving.isEmpty();
    }

    /** How many contacts of each channel this agent may hold at once: its profile's, or one voice call. */
    public ChannelCounts capacity() {
        return profile == null ? ChannelCounts.ONE_VOICE : profile.capacity();
    }

    /** Slots taken per channel: contacts in service or in their after-call time. */
    public ChannelCounts taken() {
        return taken;
    }

    /** On duty with a free slot on some channel: a router may give this agent a contact now. */
    public boolean free() {
        return onDuty && capacity().minus(taken).total() > 0;
    }

    /** On duty with a free slot on this channel (for a one-voice agent: not serving, not in after-call time). */
    public boolean canTake(Channel channel) {
        return onDuty && capacity().minus(taken).of(channel) > 0;
    }

    /** Serving a contact or in the after-call time that follows one. */
    public boolean engaged() {
        return taken.total() > 0;
    }

    /** True while a contact's after-call time holds one of this agent's slots. */
    public boolean inAfterCall() {
        return !wrapping.isEmpty();
    }

    /** When the last running after-call time ends; negative infinity when none runs. */
    public double afterCallUntil() {
        double until = Double.NEGATIVE_INFINITY;
        for (Contact contact : wrapping) {
            until = Math.max(until, contact.departure() + contact.afterCallSeconds);
        }
        return until;
    }

    /**
     * When this agent will next have a free slot, known only in hindsight (the real length of the contacts it
     * holds and the after-call times that follow): for hindsight measures such as the ceiling, never for a
     * router. Now when free; infinity when off duty and idle.
     */
    public double freeAtInHindsight(double now) {
        if (onDuty && free()) {
            return now;
        }
        if (!engaged()) {
            return onDuty ? now : Double.POSITIVE_INFINITY;
        }
        double next = Double.POSITIVE_INFINITY;
        for (Contact contact : serving) {
            next = Math.min(next, contact.serviceStart() + contact.serviceTime() + contact.afterCallSeconds);
        }
        for (Contact contact : wrapping) {
            next = Math.min(next, contact.departure() + contact.afterCallSeconds);
        }
        return next;
    }

    /** The contacts this agent is serving now, in the order it took them. */
    public List<Contact> serving() {
        return Collections.unmodifiableList(serving);
    }

    /** When the agent last became free (for longest-idle routing). */
    public double idleSince() {
        return idleSince;
    }

    /** Busy time so far, counting completed services only. */
    public double busyTime() {
        return busyTime;
    }

    /** Time on duty plus ghost time so far, counting closed stretches only. */
    public double presentTime() {
        return presentTime;
    }

    public int servedContacts() {
        return served;
    }

    @Override
    public String toString() {
        return name;
    }
}
