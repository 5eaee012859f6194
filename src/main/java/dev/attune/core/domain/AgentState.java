package dev.attune.core.domain;

/**
 * The agent lifecycle an ACD reports. Every state has a way out (a stuck RESERVED agent was the most
 * reported failure in peer ACDs): RESERVED ends by accept, reject or the reservation deadline.
 */
public enum AgentState {
    LOGGED_OUT,
    AVAILABLE,
    RESERVED,
    BUSY,
    WRAP_UP,
    AWAY;

    /** States in which an agent is at work and will be free again without logging in. */
    public boolean willFreeUp() {
        return this == BUSY || this == WRAP_UP || this == RESERVED;
    }
}
