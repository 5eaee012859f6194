package dev.attune.simulation.multiskill;

import dev.attune.simulation.centre.Centre;
import dev.attune.simulation.centre.CentreAgent;
import dev.attune.simulation.centre.Contact;
import dev.attune.simulation.centre.Router;
import java.util.ArrayDeque;
import umontreal.ssj.rng.RandomStream;

/**
 * ContactCenters-style routing tables (see {@link MultiSkillModel.Routing}): one FIFO queue per contact
 * type, tiers of groups for an arriving contact, tiers of queues for a freed agent. Abandoned contacts
 * are dropped lazily when they reach the head of their queue.
 */
final class TieredRouter implements Router {
    private final int[][][] groupTiersByType;
    private final int[][][] typeTiersByGroup;
    private final boolean[][] groupServesType;
    private final RandomStream agentChoice;
    private final ArrayDeque<Contact>[] queues;
    private final ArrayDeque<CentreAgent>[] freeAgents;
    private final int[] onDuty;
    private Centre centre;

    @SuppressWarnings("unchecked")
    TieredRouter(int[][][] groupTiersByType, int[][][] typeTiersByGroup, RandomStream agentChoice) {
        this.groupTiersByType = groupTiersByType;
        this.typeTiersByGroup = typeTiersByGroup;
        this.agentChoice = agentChoice;
        int types = groupTiersByType.length;
        int groups = typeTiersByGroup.length;
        this.groupServesType = new boolean[groups][types];
        for (int k = 0; k < types; k++) {
            for (int[] tier : groupTiersByType[k]) {
                for (int g : tier) {
                    groupServesType[g][k] = true;
                }
            }
        }
        for (int g = 0; g < groups; g++) {
            for (int[] tier : typeTiersByGroup[g]) {
                for (int k : tier) {
                    groupServesType[g][k] = true;
                }
            }
        }
        this.queues = new ArrayDeque[types];
        this.freeAgents = new ArrayDeque[groups];
        this.onDuty = new int[groups];
        for (int k = 0; k < types; k++) {
            queues[k] = new ArrayDeque<>();
        }
        for (int g = 0; g < groups; g++) {
            freeAgents[g] = new ArrayDeque<>();
        }
    }

    @Override
    public void start(Centre centre) {
        this.centre = centre;
        for (ArrayDeque<Contact> queue : queues) {
            queue.clear();
        }
        for (ArrayDeque<CentreAgent> free : freeAgents) {
            free.clear();
        }
        java.util.Arrays.fill(onDuty, 0);
    }

    @Override
    public void contactArrived(Contact contact) {
        for (int[] tier : groupTiersByType[contact.type()]) {
            CentreAgent agent = takeFreeAgent(tier);
            if (agent != null) {
                centre.serve(contact, agent);
                return;
            }
        }
        queues[contact.type()].addLast(contact);
    }

    private CentreAgent takeFreeAgent(int[] tier) {
        if (tier.length == 1) {
            return freeAgents[tier[0]].pollLast();
        }
        int total = 0;
        for (int g : tier) {
            total += freeAgents[g].size();
        }
        if (total == 0) {
            return null;
        }
        int pick = total == 1 ? 0 : agentChoice.nextInt(0, total - 1);
        for (int g : tier) {
            int free = freeAgents[g].size();
            if (pick < free) {
                return freeAgents[g].pollLast();
            }
            pick -= free;
        }
        throw new AssertionError("free agents counted " + total + " but none found");
    }

    @Override
    public void agentFree(CentreAgent agent) {
        for (int[] tier : typeTiersByGroup[agent.group()]) {
            Contact oldest = null;
            int from = -1;
            for (int k : tier) {
                Contact head = head(k);
                if (head != null && (oldest == null || head.arrivalTime() < oldest.arrivalTime())) {
                    oldest = head;
                    from = k;
                }
            }
            if (oldest != null) {
                queues[from].pollFirst();
                centre.serve(oldest, agent);
                return;
            }
        }
        freeAgents[agent.group()].addLast(agent);
    }

    private Contact head(int type) {
        ArrayDeque<Contact> queue = queues[type];
        Contact head = queue.peekFirst();
        while (head != null && !head.waiting()) {
            queue.pollFirst();
            head = queue.peekFirst();
        }
        return head;
    }

    @Override
    public void contactLeft(Contact contact) {
        // dropped lazily by head()
    }

    @Override
    public void agentLeft(CentreAgent agent) {
        freeAgents[agent.group()].remove(agent);
    }

    @Override
    public void rosterChanged() {
        java.util.Arrays.fill(onDuty, 0);
        for (CentreAgent agent : centre.agents()) {
            if (agent.onDuty()) {
                onDuty[agent.group()]++;
            }
        }
        for (int k = 0; k < queues.length; k++) {
            if (!anyoneOnDutyServes(k)) {
                Contact contact;
                while ((contact = queues[k].pollFirst()) != null) {
                    if (contact.waiting()) {
                        centre.disconnect(contact);
                    }
                }
            }
        }
    }

    private boolean anyoneOnDutyServes(int type) {
        for (int g = 0; g < onDuty.length; g++) {
            if (onDuty[g] > 0 && groupServesType[g][type]) {
                return true;
            }
        }
        return false;
    }
}
