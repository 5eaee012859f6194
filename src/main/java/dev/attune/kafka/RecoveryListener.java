package dev.attune.kafka;

import dev.attune.service.EngineHost;
import dev.attune.service.RebuildReport;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

/**
 * Rebuilds the engine whenever Kafka assigns this instance its partitions (at start, after a restart, when
 * another instance joins or dies): the pools on those partitions are replayed from history before a single
 * live record is consumed, and live consumption resumes exactly where the previous owner stopped deciding.
 * A running instance rebuilds only the pools on the partitions that came or went; those it kept route on.
 * Runs on the consumer's polling thread, which is what holds live records back until the replay is done.
 */
@ApplicationScoped
@Identifier("attune-recovery")
public class RecoveryListener implements KafkaConsumerRebalanceListener {
    private static final Logger LOG = Logger.getLogger(RecoveryListener.class);
    private static final long REBUILD_TIMEOUT_MINUTES = 4;

    private final EngineHost host;
    private final HistoryReader reader;
    private final IntakeProgress progress;
    private final TopicNames names;
    /** The partitions whose pools the engine holds now (empty until a rebuild succeeded). */
    private volatile Set<TopicPartition> built = Set.of();
    /** The input topics' partition count, known once partitions were assigned. */
    private volatile int partitionCount;

    @Inject
    public RecoveryListener(EngineHost host, KafkaSettings settings, IntakeProgress progress,
            @Identifier("default-kafka-broker") Map<String, Object> kafka) {
        this.host = host;
        this.progress = progress;
        this.names = settings.names();
        this.reader = new HistoryReader(kafka, settings.names(),
                settings.decoder(), new DecisionEvents(settings.source()),
                settings.recoveryWindow());
    }

    /**
     * Makes the next assignment rebuild this instance's pools from the topics even if it hands back the same
     * partitions, as a freshly started instance would: for an operator who repaired history by hand, and for
     * tests that restart the router inside one JVM.
     */
    public void rebuildOnNextAssignment() {
        built = Set.of();
    }

    /** Whether this instance's engine holds the pool live: its partition is assigned here and rebuilt. */
    public boolean owns(String poolId) {
        int count = partitionCount;
        if (count == 0) {
            return false;
        }
        return built.contains(new TopicPartition(names.calls(), PoolPartitions.of(poolId, count)));
    }

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        Set<TopicPartition> assigned = Set.copyOf(partitions);
        partitionCount = consumer.partitionsFor(names.calls()).size();
        if (assigned.equals(built) && host.state() == EngineHost.State.RUNNING && host.recoveryProblem() == null) {
            // A rebalance that moved none of this instance's partitions: its pools are live and current, so they
            // are not rebuilt. Consumption resumes after the last record consumed (not at the last commit): no
            // record is applied twice.
            resumeAfterConsumed(consumer, progress.consumedPositions(), assigned);
            LOG.infof("partitions %s kept through the rebalance: pools not rebuilt", partitions);
            return;
        }
        boolean partial = !built.isEmpty() && host.state() == EngineHost.State.RUNNING && host.recoveryProblem() == null;
        Set<TopicPartition> before = built;
        built = Set.of();
        try {
            if (partial) {
                rebuildMoved(consumer, before, assigned);
            } else {
                rebuildAll(consumer, assigned);
            }
            built = assigned;
        } catch (Exception e) {
            // Readiness stays DOWN (the host is still recovering): better visible than routing on half a state.
            LOG.errorf(e, "could not rebuild the engine for partitions %s", partitions);
            host.recoveryFailed(e.getMessage());
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void rebuildAll(Consumer<?, ?> consumer, Set<TopicPartition> assigned) throws Exception {
        HistoryReader.Recovery recovery = reader.read(assigned, consumer.committed(new HashSet<>(assigned)));
        RebuildReport report = host.rebuild(recovery.history()).toCompletableFuture()
                .get(REBUILD_TIMEOUT_MINUTES, TimeUnit.MINUTES);
        progress.rebuiltAt(recovery.resumeAt());
        recovery.resumeAt().forEach(consumer::seek);
        LOG.infof("partitions %s recovered: %s", assigned, report);
    }

    /**
     * Only the pools on partitions that came or went are rebuilt, from the history of the ones that came; the
     * pools on partitions kept route on, and their consumption resumes after the last record consumed.
     */
    private void rebuildMoved(Consumer<?, ?> consumer, Set<TopicPartition> before, Set<TopicPartition> assigned)
            throws Exception {
        Set<TopicPartition> added = new HashSet<>(assigned);
        added.removeAll(before);
        Set<TopicPartition> gone = new HashSet<>(before);
        gone.removeAll(assigned);
        Set<Integer> moved = PoolPartitions.numbers(added);
        moved.addAll(PoolPartitions.numbers(gone));
        int count = partitionCount;
        Map<TopicPartition, Long> consumed = progress.consumedPositions();
        HistoryReader.Recovery recovery = reader.read(added, consumer.committed(added));
        RebuildReport report = host.rebuildPools(recovery.history(), PoolPartitions.on(moved, count))
                .toCompletableFuture().get(REBUILD_TIMEOUT_MINUTES, TimeUnit.MINUTES);
        progress.rebuiltAt(recovery.resumeAt(), assigned);
        recovery.resumeAt().forEach(consumer::seek);
        Set<TopicPartition> kept = new HashSet<>(assigned);
        kept.removeAll(added);
        resumeAfterConsumed(consumer, consumed, kept);
        LOG.infof("partitions %s came and %s went: pools on partitions %s rebuilt (%s); the rest kept", added, gone,
                moved, report);
    }

    /** Kept partitions resume after the last record consumed, not at the last commit: none is applied twice. */
    private static void resumeAfterConsumed(Consumer<?, ?> consumer, Map<TopicPartition, Long> consumed,
            Set<TopicPartition> kept) {
        consumed.forEach((tp, next) -> {
            if (next >= 0 && kept.contains(tp)) {
                consumer.seek(tp, next);
            }
        });
    }
}
