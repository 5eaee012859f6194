package dev.attune.core.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * A number of calls per {@link Channel}: an agent's capacity (how many it can hold at once on each channel,
 * e.g. 1 voice, or 3 chats, or 1 voice and 1 email) or the calls it holds now. Channels are independent, as
 * TaskRouter's worker channels are: a chat never takes a voice slot. Absent channels count 0.
 */
public record ChannelCounts(Map<Channel, Integer> perChannel) {
    /** The most calls of one channel an agent may hold, as the roster import and the REST API allow. */
    public static final int MOST_PER_CHANNEL = 20;
    /** Today's behaviour and the default of a profile that names no capacity: one voice call at a time. */
    public static final ChannelCounts ONE_VOICE = of(Channel.VOICE, 1);
    public static final ChannelCounts NONE = new ChannelCounts(Map.of());

    public ChannelCounts {
        EnumMap<Channel, Integer> copy = new EnumMap<>(Channel.class);
        if (perChannel != null) {
            perChannel.forEach((channel, count) -> {
                if (count < 0) {
                    throw new IllegalArgumentException(channel + " must not be negative, was " + count);
                }
                if (count > 0) {
                    copy.put(channel, count);
                }
            });
        }
        perChannel = Collections.unmodifiableMap(copy);
    }

    public static ChannelCounts of(Channel channel, int count) {
        return new ChannelCounts(Map.of(channel, count));
    }

    /**
     * Counts keyed by channel name in any case ({"voice": 1, "CHAT": 3}), each 0 to {@link #MOST_PER_CHANNEL};
     * an unknown channel or a count out of range is refused with a message naming it.
     */
    public static ChannelCounts named(Map<String, ? extends Number> byName) {
        EnumMap<Channel, Integer> counts = new EnumMap<>(Channel.class);
        byName.forEach((name, count) -> {
            Channel channel = Channel.parse(name);
            if (channel == null) {
                throw new IllegalArgumentException("a channel name must not be blank");
            }
            if (count == null || count.doubleValue() != Math.rint(count.doubleValue()) || count.intValue() < 0
                    || count.intValue() > MOST_PER_CHANNEL) {
                throw new IllegalArgumentException(name + " must be a whole number 0 to " + MOST_PER_CHANNEL
                        + ", was " + count);
            }
            counts.put(channel, count.intValue());
        });
        return new ChannelCounts(counts);
    }

    /** Whether these counts are voice calls only (how every profile looked before channels were routed). */
    public boolean onlyVoice() {
        return perChannel.keySet().equals(java.util.Set.of(Channel.VOICE));
    }

    public int of(Channel channel) {
        return perChannel.getOrDefault(channel, 0);
    }

    public int total() {
        int sum = 0;
        for (int count : perChannel.values()) {
            sum += count;
        }
        return sum;
    }

    /** These counts with one more call on {@code channel}. */
    public ChannelCounts plus(Channel channel) {
        EnumMap<Channel, Integer> copy = new EnumMap<>(Channel.class);
        copy.putAll(perChannel);
        copy.merge(channel, 1, Integer::sum);
        return new ChannelCounts(copy);
    }

    /**
     * The total of {@link #minus}{@code (used)} without building it: an agent's free slots are asked for on every
     * state change and every candidate of a decision.
     */
    public int totalLeftAfter(ChannelCounts used) {
        int left = 0;
        for (Map.Entry<Channel, Integer> entry : perChannel.entrySet()) {
            left += Math.max(0, entry.getValue() - used.of(entry.getKey()));
        }
        return left;
    }

    /** What is left of this capacity with {@code used} taken, never below 0 on any channel. */
    public ChannelCounts minus(ChannelCounts used) {
        EnumMap<Channel, Integer> left = new EnumMap<>(Channel.class);
        perChannel.forEach((channel, count) -> left.put(channel, Math.max(0, count - used.of(channel))));
        return new ChannelCounts(left);
    }

    /** Each channel of this capacity with one more slot, at most {@code capacity}'s: once a call ends. */
    public ChannelCounts oneFreedWithin(ChannelCounts capacity) {
        EnumMap<Channel, Integer> freed = new EnumMap<>(Channel.class);
        capacity.perChannel.forEach((channel, most) -> freed.put(channel, Math.min(most, of(channel) + 1)));
        return new ChannelCounts(freed);
    }

    /** "VOICE 1, CHAT 3", or "none". */
    @Override
    public String toString() {
        if (perChannel.isEmpty()) {
            return "none";
        }
        StringJoiner text = new StringJoiner(", ");
        perChannel.forEach((channel, count) -> text.add(channel + " " + count));
        return text.toString();
    }
}
