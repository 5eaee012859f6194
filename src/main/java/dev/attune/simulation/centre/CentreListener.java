package dev.attune.simulation.centre;

/** What happens to contacts and agents, for the measures. Every method has a no-op default. */
public interface CentreListener {
    default void arrived(Contact contact) {
    }

    default void blocked(Contact contact) {
    }

    default void serviceStarted(Contact contact, CentreAgent agent) {
    }

    default void served(Contact contact, CentreAgent agent) {
    }

    default void abandoned(Contact contact) {
    }

    default void disconnected(Contact contact) {
    }

    CentreListener NONE = new CentreListener() {
    };
}
