package dev.attune.simulation.multiskill;

import dev.attune.simulation.centre.CentreAgent;
import dev.attune.simulation.centre.CentreListener;
import dev.attune.simulation.centre.Contact;
import java.util.Arrays;

/**
 * One replication's counts, with ContactCenters' definitions (docs/simulation.md): every contact is
 * counted as an arrival, blocked, abandoned and disconnected ones included; "in time" means served with
 * a queue time strictly below the type's acceptable wait; waits are summed over served contacts only.
 * Contacts that arrive before {@code countFrom} (a warm-up) are not counted.
 */
final class MultiSkillMeasures implements CentreListener {
    final int types;
    final int groups;
    private final double[] acceptableWait;
    private final double countFrom;

    final long[] arrivals;
    final long[] blocked;
    final long[] served;
    final long[] servedInTime;
    /** Contacts who did not get an agent at once: served after a wait, abandoned or disconnected. */
    final long[] delayed;
    final long[] abandoned;
    final long[] disconnected;
    final double[] serviceTime;
    final double[] waitOfServed;
    final double[] queueTime;
    final double[][] busyByGroupAndType;

    MultiSkillMeasures(double[] acceptableWait, int groups, double countFrom) {
        this.types = acceptableWait.length;
        this.groups = groups;
        this.acceptableWait = acceptableWait.clone();
        this.countFrom = countFrom;
        arrivals = new long[types];
        blocked = new long[types];
        served = new long[types];
        servedInTime = new long[types];
        delayed = new long[types];
        abandoned = new long[types];
        disconnected = new long[types];
        serviceTime = new double[types];
        waitOfServed = new double[types];
        queueTime = new double[types];
        busyByGroupAndType = new double[groups][types];
    }

    void reset() {
        Arrays.fill(arrivals, 0);
        Arrays.fill(blocked, 0);
        Arrays.fill(served, 0);
        Arrays.fill(servedInTime, 0);
        Arrays.fill(delayed, 0);
        Arrays.fill(abandoned, 0);
        Arrays.fill(disconnected, 0);
        Arrays.fill(serviceTime, 0);
        Arrays.fill(waitOfServed, 0);
        Arrays.fill(queueTime, 0);
        for (double[] row : busyByGroupAndType) {
            Arrays.fill(row, 0);
        }
    }

    private boolean counted(Contact contact) {
        return contact.arrivalTime() >= countFrom;
    }

    @Override
    public void arrived(Contact contact) {
        if (counted(contact)) {
            arrivals[contact.type()]++;
        }
    }

    @Override
    public void blocked(Contact contact) {
        if (counted(contact)) {
            blocked[contact.type()]++;
        }
    }

    @Override
    public void served(Contact contact, CentreAgent agent) {
        busyByGroupAndType[agent.group()][contact.type()] += contact.serviceTime();
        if (!counted(contact)) {
            return;
        }
        int k = contact.type();
        double wait = contact.serviceStart() - contact.arrivalTime();
        served[k]++;
        if (wait < acceptableWait[k]) {
            servedInTime[k]++;
        }
        if (wait > 0) {
            delayed[k]++;
        }
        serviceTime[k] += contact.serviceTime();
        waitOfServed[k] += wait;
        queueTime[k] += wait;
    }

    @Override
    public void abandoned(Contact contact) {
        if (counted(contact)) {
            abandoned[contact.type()]++;
            delayed[contact.type()]++;
            queueTime[contact.type()] += contact.departure() - contact.arrivalTime();
        }
    }

    @Override
    public void disconnected(Contact contact) {
        if (counted(contact)) {
            disconnected[contact.type()]++;
            delayed[contact.type()]++;
            queueTime[contact.type()] += contact.departure() - contact.arrivalTime();
        }
    }
}
