package dev.attune.core.engine;

/** Why the engine refused an event, set where it is refused, so an adapter never reads the message to know. */
public enum Refusal {
    /** The event names an agent with no profile in its pool (or a pool no agent's profile has reached yet). */
    UNKNOWN_AGENT,
    /** The event names a product the catalogue lacks. */
    UNKNOWN_PRODUCT,
    /** The event contradicts what the engine knows (e.g. an offer to adopt for a call that is not waiting). */
    INCONSISTENT,
    /** A value is missing or out of range (no pool, no state, a negative amount). */
    INVALID_VALUE
}
