package dev.attune.simulation.centre;

import dev.attune.core.domain.ChannelCounts;
import dev.attune.simulation.des.SimEvent;
import dev.attune.simulation.des.Simulator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The contact centre on the event calendar: trunk lines, patience, service, shifts. It applies what
 * the router decides and tells the listener what happened; it never decides who serves whom.
 * One instance runs many replications; {@link #run} starts each from an empty centre.
 */
public final class Centre {
    private final Simulator simulator;
    private final int trunks;
    private final ServiceTimeRule serviceTimes;
    private final AfterCallRule afterCall;
    private final List<CentreAgent> agents = new ArrayList<>();
    private final List<CentreAgent> agentsView = Collections.unmodifiableList(agents);
    private final TreeMap<Double, List<ShiftChange>> shiftChanges = new TreeMap<>();

    private Router router;
    private CentreListener listener = CentreListener.NONE;
    private int linesInUse;
    private double lineTime;
    private double linesChangedAt;
    private int waiting;

    /**
     * @param trunks lines shared by waiting and served contacts; an arrival that finds all busy is blocked.
     *               {@code Integer.MAX_VALUE} for no limit
     */
    public Centre(Simulator simulator, int trunks, ServiceTimeRule serviceTimes) {
        this(simulator, trunks, serviceTimes, AfterCallRule.NONE);
    }

    /** @param afterCall how long an agent stays unavailable after each contact (after-call work, not-ready time) */
    public Centre(Simulator simulator, int trunks, ServiceTimeRule serviceTimes, AfterCallRule afterCall) {
        if (trunks < 1) {
            throw new IllegalArgumentException("a centre needs at least one trunk line");
        }
        this.simulator = simulator;
        this.trunks = trunks;
        this.serviceTimes = serviceTimes;
        this.afterCall = afterCall;
    }

    /** Adds an agent of a group working the given shifts (start, end pairs); adjoining shifts are merged. */
    public CentreAgent addAgent(int group, String name, double[] shifts) {
        CentreAgent agent = new CentreAgent(agents.size(), group, name, mergeAdjoining(shifts));
        agents.add(agent);
        addShiftChanges(agent);
        return agent;
    }

    /**
     * Replaces an agent's shifts from the next {@link #run} on (a replication's own availability draw);
     * adjoining shifts are merged.
     */
    public void setShifts(CentreAgent agent, double[] shifts) {
        agent.setShifts(mergeAdjoining(shifts));
        shiftChanges.clear();
        agents.forEach(this::addShiftChanges);
    }

    private void addShiftChanges(CentreAgent agent) {
        double[] merged = agent.shifts();
        for (int i = 0; i < merged.length; i += 2) {
            shiftChanges.computeIfAbsent(merged[i], t -> new ArrayList<>()).add(new ShiftChange(agent, true));
            shiftChanges.computeIfAbsent(merged[i + 1], t -> new ArrayList<>()).add(new ShiftChange(agent, false));
        }
    }

    public Simulator simulator() {
        return simulator;
    }

    public double now() {
        return simulator.now();
    }

    public List<CentreAgent> agents() {
        return agentsView;
    }

    public int trunks() {
        return trunks;
    }

    public int linesInUse() {
        return linesInUse;
    }

    /** Contacts waiting in queue right now. */
    public int waitingContacts() {
        return waiting;
    }

    /** ∫ busy lines dt since the start of the replication. */
    public double lineTime() {
        return lineTime + linesInUse * (now() - linesChangedAt);
    }

    /**
     * Runs one replication from an empty centre until the calendar is empty: arrivals stop by
     * themselves, shifts end and every contact leaves.
     */
    public void run(Router router, List<? extends ArrivalSource> sources, CentreListener listener) {
        simulator.reset();
        this.router = router;
        this.listener = listener == null ? CentreListener.NONE : listener;
        linesInUse = 0;
        lineTime = 0;
        linesChangedAt = 0;
        waiting = 0;
        for (CentreAgent agent : agents) {
            agent.reset();
        }
        router.start(this);
        for (Map.Entry<Double, List<ShiftChange>> entry : shiftChanges.entrySet()) {
            List<ShiftChange> changes = entry.getValue();
            simulator.scheduleAt(new SimEvent() {
                @Override
                protected void fire() {
                    changeShifts(changes);
                }
            }, entry.getKey());
        }
        for (ArrivalSource source : sources) {
            source.start(this);
        }
        simulator.run();
        router.finish();
        for (CentreAgent agent : agents) {
            if (agent.onDuty || agent.engaged()) {
                agent.presentTime += now() - agent.presentSince;
                agent.presentSince = now();
            }
        }
    }

    /** A contact arrives: it takes a trunk line (or is blocked), then waits for the router. */
    public void arrive(Contact contact) {
        if (contact.state != ContactState.NEW) {
            throw new IllegalStateException("contact " + contact.id() + " arrived twice");
        }
        listener.arrived(contact);
        if (linesInUse >= trunks) {
            contact.state = ContactState.BLOCKED;
            contact.departure = now();
            listener.blocked(contact);
            return;
        }
        changeLines(+1);
        contact.state = ContactState.WAITING;
        waiting++;
        router.contactArrived(contact);
        if (contact.state == ContactState.WAITING && contact.patience() != Double.POSITIVE_INFINITY) {
            Abandonment abandonment = new Abandonment(contact);
            contact.abandonment = abandonment;
            simulator.schedule(abandonment, Math.max(0, contact.patience()));
        }
    }

    /** The router's decision: this agent, with a free slot of the contact's channel, serves it, starting now. */
    public void serve(Contact contact, CentreAgent agent) {
        if (contact.state != ContactState.WAITING) {
            throw new IllegalStateException("contact " + contact.id() + " is " + contact.state + ", not waiting");
        }
        if (!agent.canTake(contact.channel())) {
            throw new IllegalStateException("agent " + agent.name() + " has no free " + contact.channel()
                    + " slot (capacity " + agent.capacity() + ", taken " + agent.taken() + ")");
        }
        if (contact.abandonment != null) {
            contact.abandonment.cancel();
            contact.abandonment = null;
        }
        waiting--;
        contact.state = ContactState.IN_SERVICE;
        contact.agent = agent;
        contact.serviceStart = now();
        agent.serving.add(contact);
        agent.taken = agent.taken.plus(contact.channel());
        double time = serviceTimes.serviceTime(contact, agent);
        contact.serviceTime = time;
        contact.afterCallSeconds = afterCall.seconds(contact, agent);
        listener.serviceStarted(contact, agent);
        simulator.schedule(new SimEvent() {
            @Override
            protected void fire() {
                endService(contact);
            }
        }, time);
    }

    /** The router's decision: nobody on duty can serve this waiting contact; it is removed, not abandoned. */
    public void disconnect(Contact contact) {
        if (contact.state != ContactState.WAITING) {
            throw new IllegalStateException("contact " + contact.id() + " is " + contact.state + ", not waiting");
        }
        if (contact.abandonment != null) {
            contact.abandonment.cancel();
            contact.abandonment = null;
        }
        leaveQueue(contact, ContactState.DISCONNECTED);
        listener.disconnected(contact);
    }

    private void endService(Contact contact) {
        CentreAgent agent = contact.agent;
        agent.serving.remove(contact);
        contact.state = ContactState.SERVED;
        contact.departure = now();
        changeLines(-1);
        agent.busyTime += contact.serviceTime;
        agent.served++;
        double unavailable = contact.afterCallSeconds;
        if (unavailable > 0) {
            agent.wrapping.add(contact);
            simulator.schedule(new SimEvent() {
                @Override
                protected void fire() {
                    agent.wrapping.remove(contact);
                    freeSlot(agent, contact);
                    announceFree(agent, true);
                }
            }, unavailable);
        } else {
            freeSlot(agent, contact); // before the router hears of the end, so it may give the slot at once
        }
        listener.served(contact, agent);
        router.contactServed(contact, agent);
        if (unavailable <= 0) {
            announceFree(agent, false);
        }
    }

    private static void freeSlot(CentreAgent agent, Contact contact) {
        agent.taken = agent.taken.minus(ChannelCounts.of(contact.channel(), 1));
    }

    /**
     * A contact's slot is free again (its service, and any after-call time, ended): the agent is free if still
     * on duty and not given a contact meanwhile, and gone once a ghost holds nothing more.
     */
    private void announceFree(CentreAgent agent, boolean afterCall) {
        if (agent.onDuty) {
            agent.idleSince = now();
            if (agent.free()) {
                router.agentFree(agent);
            }
        } else if (!agent.engaged()) {
            agent.presentTime += now() - agent.presentSince;
            if (afterCall) {
                router.agentLeft(agent); // the shift ended during the after-call time
            }
        }
    }

    private void abandon(Contact contact) {
        contact.abandonment = null;
        leaveQueue(contact, ContactState.ABANDONED);
        listener.abandoned(contact);
    }

    private void leaveQueue(Contact contact, ContactState finalState) {
        waiting--;
        contact.state = finalState;
        contact.departure = now();
        changeLines(-1);
        router.contactLeft(contact);
    }

    private void changeShifts(List<ShiftChange> changes) {
        for (ShiftChange change : changes) {
            if (!change.on) {
                CentreAgent agent = change.agent;
                boolean hadFreeSlot = agent.free();
                agent.onDuty = false;
                if (!agent.engaged()) {
                    agent.presentTime += now() - agent.presentSince;
                    router.agentLeft(agent);
                } else if (hadFreeSlot) {
                    router.agentLeft(agent); // a ghost finishing its contacts takes no new one
                }
            }
        }
        for (ShiftChange change : changes) {
            if (change.on) {
                CentreAgent agent = change.agent;
                if (!agent.engaged()) {
                    agent.presentSince = now();
                    agent.idleSince = now();
                }
                agent.onDuty = true;
            }
        }
        for (ShiftChange change : changes) {
            if (change.on && change.agent.free()) {
                router.agentFree(change.agent);
            }
        }
        router.rosterChanged();
    }

    private void changeLines(int delta) {
        double now = now();
        lineTime += linesInUse * (now - linesChangedAt);
        linesChangedAt = now;
        linesInUse += delta;
    }

    private static double[] mergeAdjoining(double[] shifts) {
        List<Double> merged = new ArrayList<>();
        for (int i = 0; i < shifts.length; i += 2) {
            if (shifts[i + 1] < shifts[i]) {
                throw new IllegalArgumentException("a shift cannot end before it starts");
            }
            if (shifts[i + 1] == shifts[i]) {
                continue;
            }
            if (!merged.isEmpty() && merged.get(merged.size() - 1) >= shifts[i]) {
                merged.set(merged.size() - 1, Math.max(merged.get(merged.size() - 1), shifts[i + 1]));
            } else {
                merged.add(shifts[i]);
                merged.add(shifts[i + 1]);
            }
        }
        return merged.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private record ShiftChange(CentreAgent agent, boolean on) {
    }

    private final class Abandonment extends SimEvent {
        private final Contact contact;

        Abandonment(Contact contact) {
            this.contact = contact;
        }

        @Override
        protected void fire() {
            if (contact.state == ContactState.WAITING) {
                abandon(contact);
            }
        }
    }
}
