package dev.attune.service.port;

/**
 * What became of an offer, as in TaskRouter's reservation lifecycle. PENDING is the only state that
 * moves; the others are final, so a late or duplicate event cannot rewrite history.
 */
public enum DecisionStatus {
    PENDING,
    ACCEPTED,
    REJECTED,
    TIMED_OUT,
    RESCINDED;

    public boolean isFinal() {
        return this != PENDING;
    }
}
