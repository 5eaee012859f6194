package dev.attune.simulation.routing;

import dev.attune.simulation.centre.CentreAgent;
import dev.attune.simulation.centre.Contact;
import dev.attune.simulation.day.Caller;

/**
 * Skills-based longest-idle routing: an arriving caller goes to the qualified free agent idle longest;
 * a freed agent takes the qualified caller first in queue (high priority jumps ahead by the credit).
 */
public final class LongestIdleRouter extends QueueRouter {
    private final double priorityCredit;

    public LongestIdleRouter(double priorityCreditSeconds) {
        this.priorityCredit = priorityCreditSeconds;
    }

    @Override
    public void contactArrived(Contact contact) {
        Caller caller = (Caller) contact;
        CentreAgent best = null;
        for (CentreAgent agent : free) {
            if (qualifies(agent, caller) && (best == null || agent.idleSince() < best.idleSince())) {
                best = agent;
            }
        }
        waiting.add(caller);
        if (best != null) {
            serve(caller, best);
        }
    }

    @Override
    public void agentFree(CentreAgent agent) {
        Caller first = null;
        for (Caller caller : waiting) {
            if (qualifies(agent, caller) && (first == null || queueKey(caller, priorityCredit) < queueKey(first, priorityCredit))) {
                first = caller;
            }
        }
        if (first != null) {
            serve(first, agent);
        } else {
            keepFree(agent);
        }
    }
}
