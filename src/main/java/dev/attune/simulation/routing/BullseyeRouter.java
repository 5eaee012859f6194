package dev.attune.simulation.routing;

import dev.attune.simulation.centre.CentreAgent;
import dev.attune.simulation.centre.Contact;
import dev.attune.simulation.day.Caller;
import java.util.List;

/**
 * Bullseye skill relaxation (Genesys-style rings): at first a caller may only go to agents with a high
 * proficiency in the product's skill; as the wait passes each ring's time the required proficiency drops,
 * down to the catalogue's minimum (never below: that is a hard rule for every policy). Within a ring,
 * longest-idle; a freed agent takes the first queued caller whose current ring admits it.
 */
public final class BullseyeRouter extends QueueRouter {
    private final List<Ring> rings;
    private final double priorityCredit;

    /**
     * @param minimumProficiency 0 means the catalogue's minimum for the product
     */
    public record Ring(double afterSeconds, int minimumProficiency) {
    }

    public BullseyeRouter(List<Ring> rings, double priorityCreditSeconds) {
        if (rings.isEmpty() || rings.get(0).afterSeconds() != 0) {
            throw new IllegalArgumentException("bullseye rings must start at 0 seconds");
        }
        this.rings = List.copyOf(rings);
        this.priorityCredit = priorityCreditSeconds;
    }

    private int requiredProficiency(Caller caller) {
        double waited = centre.now() - caller.arrivalTime();
        int required = 0;
        for (Ring ring : rings) {
            if (waited >= ring.afterSeconds()) {
                required = ring.minimumProficiency();
            }
        }
        return Math.max(required, caller.product().minimumProficiency());
    }

    private boolean admits(CentreAgent agent, Caller caller) {
        return qualifies(agent, caller) && proficiency(agent, caller) >= requiredProficiency(caller);
    }

    @Override
    public void contactArrived(Contact contact) {
        Caller caller = (Caller) contact;
        waiting.add(caller);
        tryToServe(caller);
        for (Ring ring : rings) {
            if (ring.afterSeconds() > 0) {
                centre.simulator().schedule(ring.afterSeconds(), () -> {
                    if (caller.waiting()) {
                        tryToServe(caller);
                    }
                });
            }
        }
    }

    private void tryToServe(Caller caller) {
        CentreAgent best = null;
        for (CentreAgent agent : free) {
            if (admits(agent, caller) && (best == null || agent.idleSince() < best.idleSince())) {
                best = agent;
            }
        }
        if (best != null) {
            serve(caller, best);
        }
    }

    @Override
    public void agentFree(CentreAgent agent) {
        Caller first = null;
        for (Caller caller : waiting) {
            if (admits(agent, caller) && (first == null || queueKey(caller, priorityCredit) < queueKey(first, priorityCredit))) {
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
