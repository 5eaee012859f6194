package dev.attune.simulation.routing;

import dev.attune.core.domain.AgentProfile;
import dev.attune.simulation.centre.Centre;
import dev.attune.simulation.centre.CentreAgent;
import dev.attune.simulation.centre.Contact;
import dev.attune.simulation.centre.Router;
import dev.attune.simulation.day.Caller;
import java.util.ArrayList;
import java.util.List;

/**
 * What the simple policies share: callers waiting in arrival order, the free agents, the hard rules.
 * Centres here are small (tens of agents and callers), so plain scans are fast enough and easy to check.
 */
abstract class QueueRouter implements Router {
    protected final List<Caller> waiting = new ArrayList<>();
    protected final List<CentreAgent> free = new ArrayList<>();
    protected Centre centre;

    @Override
    public void start(Centre centre) {
        this.centre = centre;
        waiting.clear();
        free.clear();
    }

    /**
     * The hard rules every policy keeps: a free slot of the caller's channel, skill at the catalogue's minimum
     * proficiency, language, licence.
     */
    static boolean qualifies(CentreAgent agent, Caller caller) {
        AgentProfile profile = agent.profile();
        return agent.canTake(caller.channel()) && profile.qualifiesFor(caller.product(), caller.language());
    }

    static int proficiency(CentreAgent agent, Caller caller) {
        return agent.profile().proficiency(caller.product().requiredSkill());
    }

    protected void serve(Caller caller, CentreAgent agent) {
        waiting.remove(caller);
        free.remove(agent);
        centre.serve(caller, agent);
        if (agent.free()) {
            agentFree(agent); // a slot is still free (e.g. a second chat): offer it the queue in turn
        }
    }

    /** Keeps an agent with a free slot among the free ones, once (a multi-slot agent may already be there). */
    protected void keepFree(CentreAgent agent) {
        if (!free.contains(agent)) {
            free.add(agent);
        }
    }

    @Override
    public void contactLeft(Contact contact) {
        waiting.remove((Caller) contact);
    }

    @Override
    public void agentLeft(CentreAgent agent) {
        free.remove(agent);
    }

    /**
     * Callers are cut off only when the centre closes (nobody on duty at all). A caller whose product
     * nobody on duty can take keeps waiting, and abandons when patience runs out, as in a real ACD queue.
     */
    @Override
    public void rosterChanged() {
        for (CentreAgent agent : centre.agents()) {
            if (agent.onDuty()) {
                return;
            }
        }
        for (Caller caller : new ArrayList<>(waiting)) {
            centre.disconnect(caller);
        }
        waiting.clear();
    }

    /** Queue order with the log's priority rule: a high-priority caller counts as having arrived earlier. */
    protected static double queueKey(Caller caller, double priorityCredit) {
        return caller.arrivalTime() - (caller.highPriority() ? priorityCredit : 0);
    }
}
