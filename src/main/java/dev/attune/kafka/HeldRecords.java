package dev.attune.kafka;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;

/**
 * What the journal feed has read but not written yet, per partition in offset order, until each record is
 * attune.journal.feed.delay old. Held in memory (at most a delay's worth of records: the feed pauses a partition while
 * it holds any of its records), so a record is fetched once however long it waits, and the feed writes whatever is
 * due at full speed instead of sleeping a whole delay per poll. Only the feed's thread uses it.
 */
final class HeldRecords {
    private final Map<TopicPartition, ArrayDeque<ConsumerRecord<String, byte[]>>> held = new HashMap<>();
    private int size;

    void add(ConsumerRecords<String, byte[]> polled) {
        for (TopicPartition partition : polled.partitions()) {
            List<ConsumerRecord<String, byte[]>> records = polled.records(partition);
            held.computeIfAbsent(partition, p -> new ArrayDeque<>()).addAll(records);
            size += records.size();
        }
    }

    /**
     * Takes out, per partition, the records from the oldest up to the first one younger than the cutoff (a record's
     * own timestamp, in milliseconds): the feed writes a partition in order, so a later record never overtakes it.
     */
    ConsumerRecords<String, byte[]> takeDue(long cutoffMillis) {
        Map<TopicPartition, List<ConsumerRecord<String, byte[]>>> due = new LinkedHashMap<>();
        held.forEach((partition, records) -> {
            List<ConsumerRecord<String, byte[]>> taken = new ArrayList<>();
            while (!records.isEmpty() && records.peekFirst().timestamp() <= cutoffMillis) {
                taken.add(records.pollFirst());
            }
            if (!taken.isEmpty()) {
                due.put(partition, taken);
                size -= taken.size();
            }
        });
        held.values().removeIf(ArrayDeque::isEmpty);
        return due.isEmpty() ? ConsumerRecords.empty() : new ConsumerRecords<>(due, Map.of());
    }

    /** The first held offset of each partition: where the partition is read again if the held records are let go. */
    Map<TopicPartition, Long> firstOffsets() {
        Map<TopicPartition, Long> first = new HashMap<>();
        held.forEach((partition, records) -> first.put(partition, records.peekFirst().offset()));
        return first;
    }

    /** Lets go of the records of partitions this consumer no longer owns: their next owner reads them. */
    void forget(Collection<TopicPartition> partitions) {
        for (TopicPartition partition : partitions) {
            ArrayDeque<ConsumerRecord<String, byte[]>> records = held.remove(partition);
            if (records != null) {
                size -= records.size();
            }
        }
    }

    void clear() {
        held.clear();
        size = 0;
    }

    Set<TopicPartition> partitions() {
        return Set.copyOf(held.keySet());
    }

    int size() {
        return size;
    }
}
