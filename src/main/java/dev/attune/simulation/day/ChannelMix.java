package dev.attune.simulation.day;

import dev.attune.core.domain.AgentProfile;
import dev.attune.core.domain.Channel;
import dev.attune.core.domain.ChannelCounts;
import dev.attune.simulation.model.DistributionSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import umontreal.ssj.rng.RandomStream;

/**
 * A mixed-channel day (config/simulation/channels.json): each caller of a replay is put on a channel by
 * share; a chat, email or callback needs a handle time and has a patience of its channel's own (a chat
 * handle time is the chat's elapsed time, typing pauses included, so holding several does not stretch it);
 * agents get a capacity per channel by the prefix of their name ("MID" for MID-1, MID-2 ...), the rest keep
 * one voice call. Voice callers keep what the replay drew for them. Every caller takes three uniforms from
 * the channel stream whatever its channel, so every policy meets the same callers on the same channels.
 *
 * @param shares     share of callers per channel name (any case); normalised
 * @param handleTime handle time per channel other than voice
 * @param patience   how long a caller of each channel other than voice waits before leaving
 * @param capacity   capacity per channel by agent-name prefix, as in the roster ({"CHAT": 3})
 */
public record ChannelMix(
        String description,
        Map<String, Double> shares,
        Map<String, DistributionSpec> handleTime,
        Map<String, DistributionSpec> patience,
        Map<String, Map<String, Integer>> capacity) {

    /** The random stream of channel draws, after the replay's own streams (which it leaves as they were). */
    public static final String STREAM = "channels";

    public static ChannelMix read(Path file) {
        ChannelMix mix = SimulationJson.read(file, ChannelMix.class);
        try {
            mix.validate();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
        return mix;
    }

    private void validate() {
        Map<Channel, Double> byChannel = shareByChannel();
        if (byChannel.values().stream().mapToDouble(Double::doubleValue).sum() <= 0) {
            throw new IllegalArgumentException("shares must name at least one channel with a positive share");
        }
        byChannel.keySet().stream().filter(c -> c != Channel.VOICE).forEach(channel -> {
            spec(handleTime, channel, "handleTime").sampler();
            spec(patience, channel, "patience").sampler();
        });
        capacityByPrefix();
    }

    /** Normalised shares in channel order. */
    public Map<Channel, Double> shareByChannel() {
        Map<Channel, Double> out = new EnumMap<>(Channel.class);
        double total = 0;
        for (Map.Entry<String, Double> entry : (shares == null ? Map.<String, Double>of() : shares).entrySet()) {
            Channel channel = Channel.parse(entry.getKey());
            if (channel == null || entry.getValue() == null || entry.getValue() < 0) {
                throw new IllegalArgumentException("shares: '" + entry.getKey() + "' needs a channel and a share >= 0");
            }
            out.put(channel, entry.getValue());
            total += entry.getValue();
        }
        double sum = total;
        out.replaceAll((channel, share) -> sum > 0 ? share / sum : 0);
        return out;
    }

    /** Capacity per agent-name prefix, checked by the roster's rule (0-20 a channel, one call at least). */
    public Map<String, ChannelCounts> capacityByPrefix() {
        Map<String, ChannelCounts> out = new LinkedHashMap<>();
        (capacity == null ? Map.<String, Map<String, Integer>>of() : capacity).forEach((prefix, counts) -> {
            ChannelCounts parsed = ChannelCounts.named(counts);
            if (parsed.total() < 1) {
                throw new IllegalArgumentException("capacity of " + prefix + " must allow at least one call");
            }
            out.put(prefix, parsed);
        });
        return out;
    }

    /** The callers on their channels: voice callers unchanged, the others with their channel's times. */
    List<CallerDraw> assign(List<CallerDraw> callers, RandomStream stream) {
        Map<Channel, Double> byChannel = shareByChannel();
        Map<Channel, DistributionSpec.Sampler> handle = new EnumMap<>(Channel.class);
        Map<Channel, DistributionSpec.Sampler> waits = new EnumMap<>(Channel.class);
        byChannel.keySet().stream().filter(c -> c != Channel.VOICE).forEach(channel -> {
            handle.put(channel, spec(handleTime, channel, "handleTime").sampler());
            waits.put(channel, spec(patience, channel, "patience").sampler());
        });
        List<CallerDraw> out = new ArrayList<>(callers.size());
        for (CallerDraw caller : callers) {
            Channel channel = pick(byChannel, stream.nextDouble());
            double service = stream.nextDouble();
            double wait = stream.nextDouble();
            out.add(channel == Channel.VOICE ? caller : caller.onChannel(channel,
                    Math.max(1, handle.get(channel).inverse(service)), waits.get(channel).inverse(wait)));
        }
        return out;
    }

    /** The profiles with the capacity their name's prefix is given; profiles of other agents unchanged. */
    Map<String, AgentProfile> withCapacity(Map<String, AgentProfile> profiles) {
        Map<String, ChannelCounts> byPrefix = capacityByPrefix();
        Map<String, AgentProfile> out = new LinkedHashMap<>();
        profiles.forEach((name, p) -> {
            ChannelCounts given = byPrefix.get(name.contains("-") ? name.substring(0, name.lastIndexOf('-')) : name);
            out.put(name, given == null ? p : new AgentProfile(p.id(), p.poolId(), p.displayName(), p.skills(),
                    p.languages(), p.licences(), p.empathy(), given));
        });
        return out;
    }

    private static Channel pick(Map<Channel, Double> shares, double u) {
        double cumulative = 0;
        Channel last = Channel.VOICE;
        for (Map.Entry<Channel, Double> entry : shares.entrySet()) {
            cumulative += entry.getValue();
            last = entry.getKey();
            if (u < cumulative) {
                return last;
            }
        }
        return last;
    }

    private static DistributionSpec spec(Map<String, DistributionSpec> specs, Channel channel, String field) {
        if (specs != null) {
            for (Map.Entry<String, DistributionSpec> entry : specs.entrySet()) {
                if (Channel.parse(entry.getKey()) == channel) {
                    return entry.getValue();
                }
            }
        }
        throw new IllegalArgumentException(field + " has no " + channel + " (every channel but voice needs one)");
    }
}
