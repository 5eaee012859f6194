package dev.attune.simulation.routing;

import dev.attune.simulation.centre.CentreAgent;
import dev.attune.simulation.centre.Contact;
import dev.attune.simulation.day.Caller;

/**
 * First in, first out with top-down hunting: callers strictly in arrival order (priority ignored), and an
 * arriving caller goes to the first qualified free agent in roster order, with no balancing of idle time.
 */
public final class FifoRouter extends QueueRouter {

    @Override
    public void contactArrived(Contact contact) {
        Caller caller = (Caller) contact;
        CentreAgent first = null;
        for (CentreAgent agent : free) {
            if (qualifies(agent, caller) && (first == null || agent.index() < first.index())) {
                first = agent;
            }
        }
        waiting.add(caller);
        if (first != null) {
            serve(caller, first);
        }
    }

    @Override
    public void agentFree(CentreAgent agent) {
        for (Caller caller : waiting) {
            if (qualifies(agent, caller)) {
                serve(caller, agent);
                return;
            }
        }
        keepFree(agent);
    }
}
