package dev.attune.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

/** The journal feed writes a record once it is old enough, each partition in order, and fetches it only once. */
class HeldRecordsTest {
    private static final TopicPartition DECISIONS = new TopicPartition("routing.decisions", 0);
    private static final TopicPartition CALLS = new TopicPartition("acd.calls", 2);

    @Test
    void whatIsDueIsTakenAndTheRestWaitsInOrder() {
        HeldRecords held = new HeldRecords();
        held.add(poll(Map.of(DECISIONS, List.of(record(DECISIONS, 10, 1_000), record(DECISIONS, 11, 1_500),
                record(DECISIONS, 12, 2_500)), CALLS, List.of(record(CALLS, 7, 3_000)))));

        ConsumerRecords<String, byte[]> due = held.takeDue(2_000);

        assertEquals(List.of(10L, 11L), due.records(DECISIONS).stream().map(ConsumerRecord::offset).toList());
        assertTrue(due.records(CALLS).isEmpty());
        assertEquals(2, held.size());
        assertEquals(Map.of(DECISIONS, 12L, CALLS, 7L), held.firstOffsets());
    }

    @Test
    void aPartitionIsWrittenInOffsetOrderEvenWhenALaterRecordIsOlder() {
        HeldRecords held = new HeldRecords();
        held.add(poll(Map.of(DECISIONS, List.of(record(DECISIONS, 1, 5_000), record(DECISIONS, 2, 1_000)))));

        assertTrue(held.takeDue(2_000).isEmpty(), "offset 2 does not overtake offset 1");
        assertEquals(List.of(1L, 2L), held.takeDue(5_000).records(DECISIONS).stream().map(ConsumerRecord::offset).toList());
        assertEquals(0, held.size());
        assertTrue(held.partitions().isEmpty(), "nothing held: the partition is fetched again");
    }

    @Test
    void aRevokedPartitionsRecordsAreLeftToItsNextOwner() {
        HeldRecords held = new HeldRecords();
        held.add(poll(Map.of(DECISIONS, List.of(record(DECISIONS, 3, 9_000)), CALLS, List.of(record(CALLS, 4, 9_000)))));

        held.forget(List.of(CALLS));

        assertEquals(1, held.size());
        assertEquals(Set.of(DECISIONS), held.partitions());
    }

    private static ConsumerRecords<String, byte[]> poll(Map<TopicPartition, List<ConsumerRecord<String, byte[]>>> records) {
        return new ConsumerRecords<>(records, Map.of());
    }

    private static ConsumerRecord<String, byte[]> record(TopicPartition partition, long offset, long timestamp) {
        return new ConsumerRecord<>(partition.topic(), partition.partition(), offset, timestamp,
                TimestampType.CREATE_TIME, 0, 0, "pool-1", new byte[0], new RecordHeaders(),
                Optional.empty());
    }
}
