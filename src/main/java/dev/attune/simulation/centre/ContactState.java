package dev.attune.simulation.centre;

/** Where a contact is in its life; every state after WAITING and IN_SERVICE is final. */
public enum ContactState {
    NEW,
    WAITING,
    IN_SERVICE,
    SERVED,
    ABANDONED,
    DISCONNECTED,
    BLOCKED;

    public boolean finished() {
        return this == SERVED || this == ABANDONED || this == DISCONNECTED || this == BLOCKED;
    }
}
