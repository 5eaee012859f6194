package dev.attune.load;

import dev.attune.core.domain.AgentProfile;
import dev.attune.core.domain.Catalogue;
import dev.attune.core.domain.Channel;
import dev.attune.core.domain.Product;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which callers arrive: only (pool, product, language) combinations that some agent of the pool can
 * serve at arrival (the product's first relaxation ring admits them), each drawn in proportion to how
 * many agents can serve it. Anything else would make the load test measure a queue that can never
 * drain, or one that waits out a ring, instead of the router. On several channels the caller's channel
 * is drawn first and the combination among the agents who handle that channel, so a chat never asks for a
 * language only the voice agents speak.
 */
public final class CallMix {
    private static final String[] LIFE_EVENTS = {"BEREAVEMENT", "JOB_LOSS", "DIVORCE", "RETIREMENT"};

    private final Map<Channel, Kinds> byChannel;
    private final ChannelShares channels;

    record Kind(String poolId, String productCode, String language, double weight) {
    }

    /** The combinations one channel's agents can serve, and their total weight. */
    private record Kinds(List<Kind> kinds, double totalWeight) {
        Kinds(List<Kind> kinds) {
            this(List.copyOf(kinds), kinds.stream().mapToDouble(Kind::weight).sum());
        }

        Kind draw(Random random) {
            double pick = random.nextDouble() * totalWeight;
            for (Kind candidate : kinds) {
                pick -= candidate.weight();
                if (pick < 0) {
                    return candidate;
                }
            }
            return kinds.get(kinds.size() - 1);
        }
    }

    private CallMix(Map<Channel, Kinds> byChannel, ChannelShares channels) {
        for (Channel channel : channels.shares().keySet()) {
            if (!byChannel.containsKey(channel)) {
                throw new IllegalArgumentException(channel == Channel.VOICE
                        ? "no agent in the roster can serve any product of the catalogue"
                        : "no agent in the roster can serve any product of the catalogue on " + channel
                                + " (staff the roster for the mix: ChannelShares.staff)");
            }
        }
        this.byChannel = byChannel;
        this.channels = channels;
    }

    public static CallMix servableBy(List<AgentProfile> roster, Catalogue catalogue) {
        Map<Channel, Kinds> byChannel = new EnumMap<>(Channel.class);
        for (Channel channel : Channel.values()) {
            List<AgentProfile> staff = roster.stream().filter(agent -> agent.handles(channel)).toList();
            List<Kind> kinds = kinds(staff, catalogue);
            if (!kinds.isEmpty()) {
                byChannel.put(channel, new Kinds(kinds));
            }
        }
        return new CallMix(byChannel, ChannelShares.VOICE_ONLY);
    }

    private static List<Kind> kinds(List<AgentProfile> roster, Catalogue catalogue) {
        Set<String> pools = new TreeSet<>();
        Set<String> languages = new TreeSet<>();
        roster.forEach(agent -> {
            pools.add(agent.poolId());
            languages.addAll(agent.languages());
        });
        List<Kind> kinds = new ArrayList<>();
        for (String pool : pools) {
            for (Product product : catalogue.products()) {
                for (String language : languages) {
                    // counted at the first relaxation ring: an agent it admits only after a wait (a level-3 for a
                    // rollover that asks for 4+ in its first 30 s) cannot take the call at arrival
                    long qualified = roster.stream()
                            .filter(a -> a.poolId().equals(pool) && a.qualifiesFor(product, language)
                                    && product.ringAdmits(a, 0))
                            .count();
                    if (qualified > 0) {
                        kinds.add(new Kind(pool, product.code(), language, qualified));
                    }
                }
            }
        }
        return kinds;
    }

    /**
     * The same roster's callers on channels by these shares; refused when no agent handles a channel of the mix
     * (the roster must be staffed for it: {@link ChannelShares#staff}).
     */
    public CallMix onChannels(ChannelShares shares) {
        return new CallMix(byChannel, shares);
    }

    public Caller draw(String callId, Random random) {
        // Voice only draws no channel, so a voice run replays the callers it did before channels.
        Channel channel = channels.voiceOnly() ? Channel.VOICE : channels.draw(random);
        Kind kind = byChannel.get(channel).draw(random);
        boolean vulnerable = random.nextDouble() < 0.05;
        String lifeEvent = random.nextDouble() < 0.04 ? LIFE_EVENTS[random.nextInt(LIFE_EVENTS.length)] : null;
        // Amounts at stake are heavy-tailed: most calls are small, a few rollovers are six figures.
        double amount = Math.round(Math.exp(6 + 2.2 * random.nextGaussian()));
        int priority = vulnerable ? 1 : 0;
        String customer = "cust-" + Integer.toHexString(random.nextInt(1 << 24));
        return new Caller(callId, kind.poolId(), customer, kind.productCode(), kind.language(), priority, vulnerable,
                amount, lifeEvent, channel);
    }

    public Set<String> pools() {
        Set<String> pools = new TreeSet<>();
        channels.shares().keySet().forEach(channel -> byChannel.get(channel).kinds().forEach(k -> pools.add(k.poolId())));
        return pools;
    }
}
