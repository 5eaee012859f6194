package dev.attune.core.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * An agent as the router sees it at one moment: the profile plus live state. Immutable; the engine
 * replaces it on every state change.
 *
 * @param stateSince    when the agent entered the current state (idle time counts from here when AVAILABLE)
 * @param activeCalls   calls the agent holds or is reserved for, against the profile's capacity
 * @param expectedFreeAt when a BUSY or WRAP_UP agent is expected to be free again; null when unknown
 * @param emotionalLoad decayed load at {@code stateSince}'s clock reading, see {@link EmotionalLoad}
 * @param occupancy     share of recent logged-in time spent on calls, in [0,1], for fairness
 */
public record Agent(
        AgentProfile profile,
        AgentState state,
        Instant stateSince,
        int activeCalls,
        Instant expectedFreeAt,
        EmotionalLoad emotionalLoad,
        double occupancy) {

    public Agent {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(stateSince, "stateSince");
        if (activeCalls < 0) {
            throw new IllegalArgumentException("activeCalls must not be negative");
        }
        emotionalLoad = emotionalLoad == null ? EmotionalLoad.none(stateSince) : emotionalLoad;
        occupancy = Unit.clamp(occupancy);
    }

    public static Agent loggedOut(AgentProfile profile, Instant now) {
        return new Agent(profile, AgentState.LOGGED_OUT, now, 0, null, EmotionalLoad.none(now), 0);
    }

    public String id() {
        return profile.id();
    }

    public String poolId() {
        return profile.poolId();
    }

    public int freeSlots() {
        return Math.max(0, profile.capacity() - activeCalls);
    }

    /** Free to take an offer right now. */
    public boolean canTakeCallNow() {
        return state == AgentState.AVAILABLE && freeSlots() > 0;
    }

    public Agent withState(AgentState newState, Instant now) {
        return new Agent(profile, newState, now, activeCalls, newState.willFreeUp() ? expectedFreeAt : null,
                emotionalLoad, occupancy);
    }

    public Agent withActiveCalls(int calls) {
        return new Agent(profile, state, stateSince, calls, expectedFreeAt, emotionalLoad, occupancy);
    }

    public Agent withExpectedFreeAt(Instant when) {
        return new Agent(profile, state, stateSince, activeCalls, when, emotionalLoad, occupancy);
    }

    public Agent withEmotionalLoad(EmotionalLoad load) {
        return new Agent(profile, state, stateSince, activeCalls, expectedFreeAt, load, occupancy);
    }

    public Agent withOccupancy(double share) {
        return new Agent(profile, state, stateSince, activeCalls, expectedFreeAt, emotionalLoad, share);
    }

    public Agent withProfile(AgentProfile newProfile) {
        return new Agent(newProfile, state, stateSince, activeCalls, expectedFreeAt, emotionalLoad, occupancy);
    }
}
