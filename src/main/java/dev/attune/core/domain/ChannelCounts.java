package dev.attune.core.domain;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * A number of calls per {@link Channel}: an agent's capacity (how many it can hold at once on each channel,
 * e.g. 1 voice, or 3 chats, or 1 voice and 1 email) or the calls it holds now. Channels are independent, as
 * TaskRouter's worker channels are: a chat never takes a voice slot. Absent channels count 0.
 * <p>
 * Immutable, held as one count per channel ordinal rather than a map: the decider asks an agent's free slots for
 * every candidate of every decision, and the map this used to be was a quarter of the service's allocation at
 * 300 calls/s (docs/load-test.md, session 17).
 */
public final class ChannelCounts {
    /** The most calls of one channel an agent may hold, as the roster import and the REST API allow. */
    public static final int MOST_PER_CHANNEL = 20;
    private static final Channel[] CHANNELS = Channel.values();
    public static final ChannelCounts NONE = new ChannelCounts(new int[CHANNELS.length]);
    /** Today's behaviour and the default of a profile that names no capacity: one voice call at a time. */
    public static final ChannelCounts ONE_VOICE = of(Channel.VOICE, 1);

    private final int[] counts;
    private final int total;

    /** Counts from a map; a channel absent or 0 counts 0, a negative count is refused. */
    public ChannelCounts(Map<Channel, Integer> perChannel) {
        this(checked(perChannel));
    }

    private ChannelCounts(int[] counts) {
        this.counts = counts;
        int sum = 0;
        for (int count : counts) {
            sum += count;
        }
        this.total = sum;
    }

    private static int[] checked(Map<Channel, Integer> perChannel) {
        int[] counts = new int[CHANNELS.length];
        if (perChannel != null) {
            perChannel.forEach((channel, count) -> {
                if (count < 0) {
                    throw new IllegalArgumentException(channel + " must not be negative, was " + count);
                }
                counts[channel.ordinal()] = count;
            });
        }
        return counts;
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

    /** The channels counting more than 0 with their counts, in channel order; a new map the caller may keep. */
    public Map<Channel, Integer> perChannel() {
        EnumMap<Channel, Integer> map = new EnumMap<>(Channel.class);
        for (Channel channel : CHANNELS) {
            if (counts[channel.ordinal()] > 0) {
                map.put(channel, counts[channel.ordinal()]);
            }
        }
        return Collections.unmodifiableMap(map);
    }

    /** How many channels count more than 0. */
    public int channelCount() {
        int n = 0;
        for (int count : counts) {
            n += count > 0 ? 1 : 0;
        }
        return n;
    }

    /** Whether these counts are voice calls only (how every profile looked before channels were routed). */
    public boolean onlyVoice() {
        return counts[Channel.VOICE.ordinal()] > 0 && total == counts[Channel.VOICE.ordinal()];
    }

    public int of(Channel channel) {
        return counts[channel.ordinal()];
    }

    public int total() {
        return total;
    }

    /** These counts with one more call on {@code channel}. */
    public ChannelCounts plus(Channel channel) {
        int[] more = counts.clone();
        more[channel.ordinal()]++;
        return new ChannelCounts(more);
    }

    /**
     * The total of {@link #minus}{@code (used)} without building it: an agent's free slots are asked for on every
     * state change and every candidate of a decision.
     */
    public int totalLeftAfter(ChannelCounts used) {
        if (used.total == 0) {
            return total;
        }
        int left = 0;
        for (int c = 0; c < counts.length; c++) {
            left += Math.max(0, counts[c] - used.counts[c]);
        }
        return left;
    }

    /** What is left of this capacity with {@code used} taken, never below 0 on any channel. */
    public ChannelCounts minus(ChannelCounts used) {
        if (used.total == 0) {
            return this;
        }
        int[] left = new int[counts.length];
        for (int c = 0; c < counts.length; c++) {
            left[c] = Math.max(0, counts[c] - used.counts[c]);
        }
        return new ChannelCounts(left);
    }

    /** Each channel of this capacity with one more slot, at most {@code capacity}'s: once a call ends. */
    public ChannelCounts oneFreedWithin(ChannelCounts capacity) {
        int[] freed = new int[counts.length];
        for (int c = 0; c < counts.length; c++) {
            freed[c] = Math.min(capacity.counts[c], counts[c] + 1);
        }
        return new ChannelCounts(freed);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ChannelCounts that && Arrays.equals(counts, that.counts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(counts);
    }

    /** "VOICE 1, CHAT 3", or "none". */
    @Override
    public String toString() {
        if (total == 0) {
            return "none";
        }
        StringJoiner text = new StringJoiner(", ");
        for (Channel channel : CHANNELS) {
            if (counts[channel.ordinal()] > 0) {
                text.add(channel + " " + counts[channel.ordinal()]);
            }
        }
        return text.toString();
    }
}
