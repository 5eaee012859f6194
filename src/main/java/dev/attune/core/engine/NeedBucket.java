package dev.attune.core.engine;

import dev.attune.core.domain.Agent;
import dev.attune.core.domain.Channel;
import dev.attune.core.domain.Product;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The agents free now under one need (a product and a language), side by side in arrays with the figures a call's
 * scan reads before it reads an agent's record: empathy, proficiency in the product's skill and in its overflow
 * ring's skill, the products it qualifies for (its empathy reserve's) and the channels with a free slot. A call at
 * 250 a second walked a thousand free agents, reading each one's record, profile and skills where they lay in
 * memory, to keep the few best: most of the routing thread (docs/load-test.md, sessions 20-22). Filed here when a
 * record changes (a few times a call), the figures let a scan read a few arrays front to back and touch the records
 * only of the agents it models.
 *
 * <p>The order is that of filing, with the last agent moved into a leaver's place: a scan's result must not, and
 * does not, depend on it (the few best are chosen by a total order). {@link #admitted} copies out the agents a ring
 * admits on a channel as a bucket of their own, which is only read.
 */
final class NeedBucket {
    /** No agent free under a need: never filed into. */
    static final NeedBucket EMPTY = new NeedBucket(null, null, null, 0);
    private static final Channel[] CHANNELS = Channel.values();

    private final String skill;
    private final String overflowSkill;
    /** Where each agent is filed; null in a copy that is only read. */
    private final Map<String, Integer> positions;
    private Agent[] agents = {};
    private double[] empathy = {};
    private byte[] proficiency = {};
    private byte[] overflowProficiency = {};
    private byte[] freeChannels = {};
    private int[][] qualified = {};
    private int size;
    private final List<Agent> view = new AbstractList<>() {
        @Override
        public Agent get(int index) {
            return agent(index);
        }

        @Override
        public int size() {
            return size;
        }
    };

    private NeedBucket(String skill, String overflowSkill, Map<String, Integer> positions, int capacity) {
        this.skill = skill;
        this.overflowSkill = overflowSkill;
        this.positions = positions;
        grow(capacity);
    }

    static NeedBucket of(Product product) {
        return new NeedBucket(product.requiredSkill(), product.overflowSkill(), new HashMap<>(), 0);
    }

    /**
     * The agents free on the channel whose proficiency reaches {@code minimum}, or whose proficiency in the overflow
     * skill reaches {@code overflowMinimum}: {@link dev.attune.core.domain.Product#ringAdmits} from the figures.
     */
    NeedBucket admitted(Channel channel, int minimum, int overflowMinimum) {
        NeedBucket admitted = new NeedBucket(skill, overflowSkill, null, size);
        for (int i = 0; i < size; i++) {
            if (freeOn(i, channel) && (proficiency[i] >= minimum || overflowProficiency[i] >= overflowMinimum)) {
                admitted.copy(this, i, admitted.size++);
            }
        }
        return admitted;
    }

    /**
     * Files the agent's current record, or replaces the one filed.
     *
     * @param qualified the products the agent qualifies for, as {@link dev.attune.core.scoring.QualifiedProducts#of}
     *                  gives them for the catalogue's products
     */
    void put(Agent agent, int[] qualified) {
        Integer at = positions.get(agent.id());
        int index = at != null ? at : add(agent.id());
        agents[index] = agent;
        empathy[index] = agent.profile().empathy();
        proficiency[index] = (byte) agent.profile().proficiency(skill);
        overflowProficiency[index] = (byte) (overflowSkill == null ? 0 : agent.profile().proficiency(overflowSkill));
        int channels = 0;
        for (Channel channel : CHANNELS) {
            if (agent.canTakeCallNow(channel)) {
                channels |= 1 << channel.ordinal();
            }
        }
        freeChannels[index] = (byte) channels;
        this.qualified[index] = qualified;
    }

    private void copy(NeedBucket from, int index, int to) {
        agents[to] = from.agents[index];
        empathy[to] = from.empathy[index];
        proficiency[to] = from.proficiency[index];
        overflowProficiency[to] = from.overflowProficiency[index];
        freeChannels[to] = from.freeChannels[index];
        qualified[to] = from.qualified[index];
    }

    void remove(String agentId) {
        Integer at = positions.remove(agentId);
        if (at == null) {
            return;
        }
        int last = --size;
        if (at != last) {
            copy(this, last, at);
            positions.put(agents[at].id(), at);
        }
        agents[last] = null;
        qualified[last] = null;
    }

    private int add(String agentId) {
        if (size == agents.length) {
            grow(Math.max(8, size * 2));
        }
        positions.put(agentId, size);
        return size++;
    }

    private void grow(int capacity) {
        agents = Arrays.copyOf(agents, capacity);
        empathy = Arrays.copyOf(empathy, capacity);
        proficiency = Arrays.copyOf(proficiency, capacity);
        overflowProficiency = Arrays.copyOf(overflowProficiency, capacity);
        freeChannels = Arrays.copyOf(freeChannels, capacity);
        qualified = Arrays.copyOf(qualified, capacity);
    }

    int size() {
        return size;
    }

    Agent agent(int index) {
        return agents[index];
    }

    double empathy(int index) {
        return empathy[index];
    }

    /** Proficiency in the product's skill. */
    int proficiency(int index) {
        return proficiency[index];
    }

    /** Proficiency in the skill of the product's overflow ring; 0 when it has none. */
    int overflowProficiency(int index) {
        return overflowProficiency[index];
    }

    /** The products the agent qualifies for, as filed. */
    int[] qualified(int index) {
        return qualified[index];
    }

    boolean freeOn(int index, Channel channel) {
        return (freeChannels[index] & (1 << channel.ordinal())) != 0;
    }

    /** The filed records, as a list that follows the bucket. */
    List<Agent> agents() {
        return view;
    }
}
