package dev.attune.kafka;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.utils.Utils;

/**
 * Which partition number a pool's records are on: the producer's default partitioner for a keyed record
 * (murmur2 of the key's UTF-8 bytes), as docs/events.md asks of every sender. The same number on every input
 * topic and on routing.decisions, since they have the same partition count.
 */
public final class PoolPartitions {
    private PoolPartitions() {
    }

    public static int of(String poolId, int partitions) {
        return Utils.toPositive(Utils.murmur2(poolId.getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    /** The partition numbers among these partitions of any topic. */
    static Set<Integer> numbers(Collection<TopicPartition> partitions) {
        Set<Integer> numbers = new TreeSet<>();
        partitions.forEach(tp -> numbers.add(tp.partition()));
        return numbers;
    }

    /** Accepts the pools whose partition number is one of {@code numbers}. */
    static Predicate<String> on(Set<Integer> numbers, int partitions) {
        return pool -> numbers.contains(of(pool, partitions));
    }
}
