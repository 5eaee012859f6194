package dev.attune.simulation.centre;

import dev.attune.core.domain.AgentProfile;
import dev.attune.simulation.des.SimEvent;

/**
 * One agent of the simulated centre: a member of a group, on duty during its shifts, serving one
 * contact at a time. Keeps the time integrals the occupancy measures need. An agent whose shift ends
 * during a call finishes it and stays present until then (a "ghost agent" in ContactCenters' words).
 */
public final class CentreAgent {
    private final int index;
    private final int group;
    private final String name;
    private final double[] shifts;
    private AgentProfile profile;

    boolean onDuty;
    Contact serving;
    double idleSince;
    double presentSince;
    double busyTime;
    double presentTime;
    int served;
    final SimEvent serviceEnd;

    /**
     * @param shifts on-duty intervals as start, end pairs in simulated time, sorted and not overlapping
     */
    public CentreAgent(int index, int group, String name, double[] shifts, Centre centre) {
        if (shifts.length % 2 != 0) {
            throw new IllegalArgumentException("shifts come in start, end pairs");
        }
        for (int i = 1; i < shifts.length; i++) {
            if (shifts[i] < shifts[i - 1]) {
                throw new IllegalArgumentException("shifts of agent " + name + " must be sorted and not overlap");
            }
        }
        this.index = index;
        this.group = group;
        this.name = name;
        this.shifts = shifts.clone();
        this.serviceEnd = new SimEvent() {
            @Override
            protected void fire() {
                centre.endService(CentreAgent.this);
            }
        };
    }

    void reset() {
        onDuty = false;
        serving = null;
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
        return serving != null;
    }

    /** On duty and not serving: a router may give this agent a contact now. */
    public boolean free() {
        return onDuty && serving == null;
    }

    public Contact serving() {
        return serving;
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
