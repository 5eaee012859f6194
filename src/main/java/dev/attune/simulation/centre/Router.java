package dev.attune.simulation.centre;

/**
 * A routing policy as the centre sees it. It owns the waiting contacts and the choice of agent, and
 * serves a contact by calling {@link Centre#serve(Contact, CentreAgent)}, at once or later (a router
 * may schedule its own events on {@link Centre#simulator()}, e.g. bullseye rings widening, or the
 * Attune engine's plan ticks).
 */
public interface Router {

    /** A new replication begins on this centre; forget everything from the last one. */
    void start(Centre centre);

    /** A contact got a trunk line and now waits; serve it now or keep it. */
    void contactArrived(Contact contact);

    /**
     * A slot of an agent became free (it came on duty, or finished a contact while on duty). An agent with
     * several slots may already be free, and may stay free after it is given a contact.
     */
    void agentFree(CentreAgent agent);

    /** A waiting contact left (abandoned or disconnected): drop it from the queues. */
    void contactLeft(Contact contact);

    /** An agent went off duty: idle, or holding contacts with a slot still free (it takes no new contact). */
    default void agentLeft(CentreAgent agent) {
    }

    /** A contact's service ended (the agent's next state arrives as {@link #agentFree} or {@link #agentLeft}). */
    default void contactServed(Contact contact, CentreAgent agent) {
    }

    /**
     * Shifts began or ended at this instant. Contacts that no agent still on duty could serve are
     * disconnected ({@link Centre#disconnect(Contact)}), as ContactCenters clears a queue nobody serves.
     */
    void rosterChanged();

    /** The day is over (no more events): release anything the router holds. */
    default void finish() {
    }
}
