package dev.attune.simulation.des;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import umontreal.ssj.rng.MRG32k3a;
import umontreal.ssj.rng.RandomStream;

/**
 * One MRG32k3a stream per random process (arrivals of each type, service times, patience, routing
 * choices, the emotion overlay ...), all derived from one seed. Replication r uses substream r of
 * every stream, so each policy run in replication r sees exactly the same callers, service times and
 * patience (common random numbers): differences between policies are the policies', not the dice.
 */
public final class RandomStreams {
    /** SSJ's own default package seed, which the ContactCenters examples use. */
    public static final long[] SSJ_DEFAULT_SEED = {12345, 12345, 12345, 12345, 12345, 12345};
    private static final long M1 = 4294967087L;
    private static final long M2 = 4294944443L;

    private final Map<String, MRG32k3a> streams = new LinkedHashMap<>();

    private RandomStreams(long[] packageSeed, List<String> names) {
        // SSJ spaces streams 2^127 apart from a static package seed; hold the class lock so that two
        // experiments building their streams at once cannot interleave and lose reproducibility.
        synchronized (MRG32k3a.class) {
            MRG32k3a.setPackageSeed(packageSeed);
            for (String name : names) {
                if (streams.put(name, new MRG32k3a(name)) != null) {
                    throw new IllegalArgumentException("stream '" + name + "' named twice");
                }
            }
        }
    }

    /** Streams in a fixed order: the same names in the same order give the same numbers. */
    public static RandomStreams of(long seed, List<String> names) {
        return new RandomStreams(packageSeed(seed), names);
    }

    public static RandomStreams withSsjDefaultSeed(List<String> names) {
        return new RandomStreams(SSJ_DEFAULT_SEED.clone(), names);
    }

    public RandomStream stream(String name) {
        MRG32k3a stream = streams.get(name);
        if (stream == null) {
            throw new IllegalArgumentException("no random stream named '" + name + "'; known: " + streams.keySet());
        }
        return stream;
    }

    /** Positions every stream at the start of substream {@code replication} (0-based). */
    public void startReplication(int replication) {
        for (MRG32k3a stream : streams.values()) {
            stream.resetStartStream();
            for (int i = 0; i < replication; i++) {
                stream.resetNextSubstream();
            }
        }
    }

    /** Moves every stream to its next substream: the cheap way through consecutive replications. */
    public void nextReplication() {
        for (MRG32k3a stream : streams.values()) {
            stream.resetNextSubstream();
        }
    }

    /** Spreads a 64-bit seed into a valid MRG32k3a package seed (both halves non-zero and below their moduli). */
    static long[] packageSeed(long seed) {
        long[] out = new long[6];
        long state = seed;
        for (int i = 0; i < 6; i++) {
            state += 0x9E3779B97F4A7C15L;
            long z = state;
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            z ^= z >>> 31;
            out[i] = Math.floorMod(z, i < 3 ? M1 : M2);
        }
        if (out[0] == 0 && out[1] == 0 && out[2] == 0) {
            out[0] = 12345;
        }
        if (out[3] == 0 && out[4] == 0 && out[5] == 0) {
            out[3] = 12345;
        }
        return out;
    }
}
