package dev.attune.core.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * An agent as the router sees it at one moment: the profile plus live state. Immutable; the engine
 * replaces it on every state change.
 *
 * @param stateSince    when the agent entered the current state (idle time counts from here when AVAILABLE)
 * @param activeCalls   calls the agent holds or is reserved for, per channel, against the profile's capacity
 * @param expectedFreeAt when a BUSY or WRAP_UP agent is expected to be free again; null when unknown
 * @param emotionalLoad decayed load at {@code stateSince}'s clock reading, see {@link EmotionalLoad}
 * @param occupancy     share of recent logged-in time spent on calls, in [0,1], for fairness
 */
public record Agent(
        AgentProfile profile,
        AgentState state,
        Instant stateSince,
        ChannelCounts activeCalls,
        Instant expectedFreeAt,
        EmotionalLoad emotionalLoad,
        double occupancy) {

    public Agent {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(stateSince, "stateSince");
        activeCalls = activeCalls == null ? ChannelCounts.NONE : activeCalls;
        emotionalLoad = emotionalLoad == null ? EmotionalLoad.none(stateSince) : emotionalLoad;
        occupancy = Unit.clamp(occupancy);
    }

    /** An agent holding {@code voiceCalls} voice calls and nothing else. */
    public Agent(AgentProfile profile, AgentState state, Instant stateSince, int voiceCalls, Instant expectedFreeAt,
            EmotionalLoad emotionalLoad, double occupancy) {
        this(profile, state, stateSince, ChannelCounts.of(Channel.VOICE, voiceCalls), expectedFreeAt, emotionalLoad,
                occupancy);
    }

    public static Agent loggedOut(AgentProfile profile, Instant now) {
        return new Agent(profile, AgentState.LOGGED_OUT, now, ChannelCounts.NONE, null, EmotionalLoad.none(now), 0);
    }

    public String id() {
        return profile.id();
    }

    public String poolId() {
        return profile.poolId();
    }

    /** Free slots on every channel together: 0 when the agent cannot take one more call of any channel. */
    public int freeSlots() {
        return profile.capacity().totalLeftAfter(activeCalls);
    }

    public int freeSlots(Channel channel) {
        return Math.max(0, profile.capacity().of(channel) - activeCalls.of(channel));
    }

    public ChannelCounts freeSlotsByChannel() {
        return profile.capacity().minus(activeCalls);
    }

    /** Free to take an offer of some channel right now. */
    public boolean canTakeCallNow() {
        return state == AgentState.AVAILABLE && freeSlots() > 0;
    }

    /**
     * Free to take an offer of this channel right now: AVAILABLE (the agent accepts work; the engine keeps a
     * multi-channel agent AVAILABLE while any channel has a free slot) with a free slot on the channel.
     */
    public boolean canTakeCallNow(Channel channel) {
        return state == AgentState.AVAILABLE && freeSlots(channel) > 0;
    }

    public Agent withState(AgentState newState, Instant now) {
        return new Agent(profile, newState, now, activeCalls, newState.willFreeUp() ? expectedFreeAt : null,
                emotionalLoad, occupancy);
    }

    public Agent withActiveCalls(ChannelCounts calls) {
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
