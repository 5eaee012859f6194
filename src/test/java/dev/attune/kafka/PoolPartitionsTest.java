package dev.attune.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.junit.jupiter.api.Test;

/** A pool's partition is the one the producer's default partitioner sends its records to. */
class PoolPartitionsTest {

    @Test
    void agreesWithTheProducersDefaultPartitioner() {
        for (int partitions : new int[] {1, 3, 4, 12}) {
            for (int i = 0; i < 200; i++) {
                String pool = "pool-" + i;
                assertEquals(BuiltInPartitioner.partitionForKey(pool.getBytes(StandardCharsets.UTF_8), partitions),
                        PoolPartitions.of(pool, partitions), pool);
            }
        }
    }
}
