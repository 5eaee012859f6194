package dev.attune.load;

import dev.attune.core.domain.AgentProfile;
import dev.attune.core.domain.Catalogue;
import dev.attune.core.domain.Product;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which callers arrive: only (pool, product, language) combinations that some agent of the pool can
 * serve at arrival (the product's first relaxation ring admits them), each drawn in proportion to how
 * many agents can serve it. Anything else would make the load test measure a queue that can never
 * drain, or one that waits out a ring, instead of the router.
 */
public final class CallMix {
    private static final String[] LIFE_EVENTS = {"BEREAVEMENT", "JOB_LOSS", "DIVORCE", "RETIREMENT"};

    private final List<Kind> kinds;
    private final double totalWeight;
    private final ChannelShares channels;

    record Kind(String poolId, String productCode, String language, double weight) {
    }

    private CallMix(List<Kind> kinds) {
        this(kinds, ChannelShares.VOICE_ONLY);
    }

    private CallMix(List<Kind> kinds, ChannelShares channels) {
        this.channels = channels;
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("no agent in the roster can serve any product of the catalogue");
        }
        this.kinds = List.copyOf(kinds);
        this.totalWeight = kinds.stream().mapToDouble(Kind::weight).sum();
    }

    public static CallMix servableBy(List<AgentProfile> roster, Catalogue catalogue) {
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
        return new CallMix(kinds);
    }

    /** The same callers on channels by these shares (the roster must have agents of each: {@link ChannelShares#staff}). */
    public CallMix onChannels(ChannelShares shares) {
        return new CallMix(kinds, shares);
    }

    public Caller draw(String callId, Random random) {
        double pick = random.nextDouble() * totalWeight;
        Kind kind = kinds.get(kinds.size() - 1);
        for (Kind candidate : kinds) {
            pick -= candidate.weight();
            if (pick < 0) {
                kind = candidate;
                break;
            }
        }
        boolean vulnerable = random.nextDouble() < 0.05;
        String lifeEvent = random.nextDouble() < 0.04 ? LIFE_EVENTS[random.nextInt(LIFE_EVENTS.length)] : null;
        // Amounts at stake are heavy-tailed: most calls are small, a few rollovers are six figures.
        double amount = Math.round(Math.exp(6 + 2.2 * random.nextGaussian()));
        int priority = vulnerable ? 1 : 0;
        String customer = "cust-" + Integer.toHexString(random.nextInt(1 << 24));
        return new Caller(callId, kind.poolId(), customer, kind.productCode(), kind.language(), priority, vulnerable,
                amount, lifeEvent, channels.draw(random));
    }

    public Set<String> pools() {
        Set<String> pools = new TreeSet<>();
        kinds.forEach(kind -> pools.add(kind.poolId()));
        return pools;
    }
}
