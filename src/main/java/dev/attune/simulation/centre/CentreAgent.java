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
    private double[] shifts;
    private AgentProfile profile;

    boolean onDuty;
    Contact serving;
    double idleSince;
    double presentSince;
    double busyTime;
    double presentTime;
    int served;
    double afterCallUntil = Double.NEGATIVE_INFINITY;
    double nextAfterCall;
    final SimEvent serviceEnd;
    final SimEvent afterCallEnd;

    /**
     * @param shifts on-duty intervals as start, end pairs in simulated time, sorted and not overlapping
     */
    public CentreAgent(int index, int group, String name, double[] shifts, Centre centre) {
        this.index = index;
        this.group = group;
        this.name = name;
        setShifts(shifts);
        this.serviceEnd = new SimEvent() {
            @Override
            protected void fire() {
                centre.endService(CentreAgent.this);
            }
        };
        this.afterCallEnd = new SimEvent() {
            @Override
            protected void fire() {
                centre.becomeAvailable(CentreAgent.this);
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
        afterCallUntil = Double.NEGATIVE_INFINITY;
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
        return serving != null;
    }

    /** On duty, not serving and not in after-call time: a router may give this agent a contact now. */
    public boolean free() {
        return onDuty && !engaged();
    }

    /** Serving a contact or in the after-call time that follows it. */
    boolean engaged() {
        return serving != null || afterCallUntil != Double.NEGATIVE_INFINITY;
    }

    /** True while the agent is unavailable after a contact; {@link #afterCallUntil()} says until when. */
    public boolean inAfterCall() {
        return afterCallUntil != Double.NEGATIVE_INFINITY;
    }

    public double afterCallUntil() {
        return afterCallUntil;
    }

    /**
     * When this agent will next be free, known only in hindsight (the current call's real length and the
     * after-call time that follows): for hindsight measures such as the ceiling, never for a router.
     * Now when free; infinity when off duty and idle.
     */
    public double freeAtInHindsight(double now) {
        if (serving != null) {
            return serving.serviceStart() + serving.serviceTime() + nextAfterCall;
        }
        if (inAfterCall()) {
            return afterCallUntil;
        }
        return onDuty ? now : Double.POSITIVE_INFINITY;
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
