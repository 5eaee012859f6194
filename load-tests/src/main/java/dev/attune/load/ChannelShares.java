package dev.attune.load;

import dev.attune.core.domain.AgentProfile;
import dev.attune.core.domain.Channel;
import dev.attune.core.domain.ChannelCounts;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The load's channel mix (--channel-mix voice=0.7,chat=0.3): the share of calls on each channel, and agents
 * whose capacity matches it. Each agent works one channel at the capacity a contact centre typically gives it
 * (1 voice call, 3 chats, 2 emails, 1 callback), and the roster is split so that each channel gets slots in
 * proportion to its share of calls. Voice only draws nothing, so a voice run replays as before channels.
 */
public record ChannelShares(Map<Channel, Double> shares) {
    /** Slots an agent of each channel holds at once. */
    static final Map<Channel, Integer> SLOTS = Map.of(Channel.VOICE, 1, Channel.CHAT, 3, Channel.EMAIL, 2,
            Channel.CALLBACK, 1);
    public static final ChannelShares VOICE_ONLY = new ChannelShares(Map.of(Channel.VOICE, 1.0));

    public ChannelShares {
        Map<Channel, Double> copy = new EnumMap<>(Channel.class);
        shares.forEach((channel, share) -> {
            if (!(share >= 0 && share <= 1)) {
                throw new IllegalArgumentException("--channel-mix: " + channel + " share must be 0-1, was " + share);
            }
            if (share > 0) {
                copy.put(channel, share);
            }
        });
        double total = copy.values().stream().mapToDouble(Double::doubleValue).sum();
        if (Math.abs(total - 1) > 1e-6) {
            throw new IllegalArgumentException("--channel-mix shares must add up to 1, were " + total);
        }
        shares = Collections.unmodifiableMap(copy);
    }

    /** "voice=0.7,chat=0.3" (channel names in any case). */
    public static ChannelShares parse(String text) {
        Map<Channel, Double> shares = new EnumMap<>(Channel.class);
        for (String part : text.split(",")) {
            String[] pair = part.split("=", 2);
            Channel channel;
            try {
                channel = pair.length == 2 ? Channel.parse(pair[0]) : null;
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--channel-mix: " + e.getMessage());
            }
            if (channel == null) {
                throw new IllegalArgumentException("--channel-mix needs channel=share pairs, was '" + part + "'");
            }
            try {
                shares.put(channel, Double.parseDouble(pair[1].trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--channel-mix: " + channel + " share is not a number: " + pair[1]);
            }
        }
        return new ChannelShares(shares);
    }

    public boolean voiceOnly() {
        return shares.keySet().equals(java.util.Set.of(Channel.VOICE));
    }

    /** The channel of the next call; draws nothing for voice only. */
    public Channel draw(Random random) {
        if (voiceOnly()) {
            return Channel.VOICE;
        }
        double u = random.nextDouble();
        Channel last = Channel.VOICE;
        for (Map.Entry<Channel, Double> entry : shares.entrySet()) {
            last = entry.getKey();
            u -= entry.getValue();
            if (u < 0) {
                return last;
            }
        }
        return last;
    }

    /**
     * The roster with each agent on one channel: agents in roster order are dealt to channels so that each
     * channel's slots (agents x {@link #SLOTS}) follow its share of calls, every channel of the mix keeping one
     * agent at least. Voice only leaves the roster as it is.
     */
    public List<AgentProfile> staff(List<AgentProfile> roster) {
        if (voiceOnly()) {
            return roster;
        }
        Map<Channel, Double> weight = new EnumMap<>(Channel.class);
        shares.forEach((channel, share) -> weight.put(channel, share / SLOTS.get(channel)));
        double total = weight.values().stream().mapToDouble(Double::doubleValue).sum();
        List<Channel> order = new ArrayList<>(weight.keySet());
        List<AgentProfile> out = new ArrayList<>(roster.size());
        double cumulative = 0;
        int next = 0;
        for (int c = 0; c < order.size(); c++) {
            Channel channel = order.get(c);
            cumulative += weight.get(channel) / total;
            int end = c == order.size() - 1 ? roster.size()
                    : Math.min(roster.size() - (order.size() - c - 1), Math.max(next + 1,
                            (int) Math.round(cumulative * roster.size())));
            for (; next < end; next++) {
                AgentProfile p = roster.get(next);
                out.add(new AgentProfile(p.id(), p.poolId(), p.displayName(), p.skills(), p.languages(), p.licences(),
                        p.empathy(), ChannelCounts.of(channel, SLOTS.get(channel))));
            }
        }
        return out;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        shares.forEach((channel, share) -> text.append(text.length() == 0 ? "" : ",")
                .append(channel.name().toLowerCase(java.util.Locale.ROOT)).append('=').append(share));
        return text.toString();
    }
}
