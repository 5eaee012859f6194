package dev.attune.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * How far the service's consumer groups are behind on the topics the ACD and analytics write: end offset
 * minus committed offset, summed. The generator's own consumers use no group, so every group counts.
 * Committed offsets trail what the service has actually read by up to its commit interval, so a small
 * lag is normal; a lag that grows through a step means the service is not keeping up.
 */
public final class ConsumerLag implements AutoCloseable {
    private static final Set<String> INPUT_TOPICS = Set.of(AcdWire.CALLS, AcdWire.AGENTS, AcdWire.EMOTIONS);

    private final Admin admin;

    public ConsumerLag(String bootstrapServers) {
        this.admin = KafkaClients.admin(bootstrapServers);
    }

    /** Records not yet committed by any consumer group on the input topics; -1 if the broker did not answer. */
    public long sample() {
        try {
            List<Map.Entry<TopicPartition, Long>> committed = new ArrayList<>();
            for (ConsumerGroupListing group : admin.listConsumerGroups().all().get(5, TimeUnit.SECONDS)) {
                Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group.groupId())
                        .partitionsToOffsetAndMetadata().get(5, TimeUnit.SECONDS);
                offsets.forEach((partition, offset) -> {
                    if (offset != null && INPUT_TOPICS.contains(partition.topic())) {
                        committed.add(Map.entry(partition, offset.offset()));
                    }
                });
            }
            if (committed.isEmpty()) {
                return 0;
            }
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            committed.forEach(entry -> latest.put(entry.getKey(), OffsetSpec.latest()));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends =
                    admin.listOffsets(latest).all().get(5, TimeUnit.SECONDS);
            long lag = 0;
            for (Map.Entry<TopicPartition, Long> entry : committed) {
                lag += Math.max(0, ends.get(entry.getKey()).offset() - entry.getValue());
            }
            return lag;
        } catch (ExecutionException | TimeoutException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    @Override
    public void close() {
        admin.close();
    }
}
