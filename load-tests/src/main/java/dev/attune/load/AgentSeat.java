package dev.attune.load;

import dev.attune.core.domain.AgentProfile;
import dev.attune.core.domain.Channel;
import dev.attune.core.domain.ChannelCounts;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * One agent as the simulated ACD sees it: offers ringing, calls talking and calls in wrap-up per channel, each
 * taking a slot of the agent's capacity by the engine's rule, and the state the router was last told. The
 * state follows from the slots: AWAY after a ring-out, WRAP_UP while any call wraps up (the router frees a
 * call's slot at call.ended, so the ACD holds the agent back until wrap-up ends), AVAILABLE while some channel
 * has a free slot, BUSY while every slot is taken and a call is talking, otherwise RESERVED.
 */
final class AgentSeat {
    final AgentProfile agent;
    final Map<String, Channel> ringing = new HashMap<>();
    ChannelCounts talking = ChannelCounts.NONE;
    ChannelCounts wrapping = ChannelCounts.NONE;
    boolean away;
    /** What the router believes: what the ACD last sent, or RESERVED once every slot rings or is taken. */
    String told = "AVAILABLE";
    /**
     * Whether, and when (System.nanoTime()), the ACD last took away slots the router still believed free: WRAP_UP or
     * AWAY. Not BUSY or RESERVED: those slots the router filled itself, so an offer for them is never a crossing.
     */
    private boolean withdrew;
    private long withdrewNanos;

    AgentSeat(AgentProfile agent) {
        this.agent = agent;
    }

    ChannelCounts taken() {
        ChannelCounts taken = talking;
        for (Channel channel : Channel.values()) {
            for (int i = 0; i < wrapping.of(channel); i++) {
                taken = taken.plus(channel);
            }
        }
        for (Channel channel : ringing.values()) {
            taken = taken.plus(channel);
        }
        return taken;
    }

    boolean canTake(Channel channel) {
        return !away && wrapping.total() == 0 && agent.capacity().minus(taken()).of(channel) > 0;
    }

    /** The ACD tells the router of a state that takes away slots it believed free. */
    void withdraw(long nanos) {
        withdrew = true;
        withdrewNanos = nanos;
    }

    /** Whether an offer seen at {@code nanos} may have crossed the last withdrawal on the wire. */
    boolean withdrewWithin(long nanos, Duration window) {
        return withdrew && nanos - withdrewNanos < window.toNanos();
    }

    boolean rings(String decisionId) {
        return decisionId != null && ringing.containsKey(decisionId);
    }

    String state() {
        if (away) {
            return "AWAY";
        }
        if (wrapping.total() > 0) {
            return "WRAP_UP";
        }
        if (agent.capacity().minus(taken()).total() > 0) {
            return "AVAILABLE";
        }
        return talking.total() > 0 ? "BUSY" : "RESERVED";
    }

    static ChannelCounts less(ChannelCounts counts, Channel channel) {
        return counts.minus(ChannelCounts.of(channel, 1));
    }
}
