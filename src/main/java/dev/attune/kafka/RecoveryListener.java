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
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
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
    private final AssignmentSettlement settlement = new AssignmentSettlement();
    /** How long the end offsets that a rebuilt pool must catch up with are waited for; none then (broker away). */
    private static final Duration END_OFFSETS_TIMEOUT = Duration.ofSeconds(2);

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

    /**
     * Completes once no rebalance is in progress here and the pools it rebuilt have applied again what their
     * partitions held: a REST request arriving mid-rebalance waits for it (bounded by its caller), so it is
     * applied here, after everything before it, with its answer, when the pool stays, instead of forwarded.
     */
    public CompletionStage<Void> settled() {
        return settlement.settled();
    }

    /** Whether {@link #settled()} has completed: read on every REST routing request, so no stage is built for it. */
    public boolean isSettled() {
        return settlement.isSettled();
    }

    @Override
    public void onPartitionsRevoked(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        settlement.rebalancing();
    }

    @Override
    public void onPartitionsLost(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        settlement.rebalancing();
    }

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        Set<TopicPartition> rebuilt = Set.of();
        try {
            rebuilt = assign(consumer, partitions);
        } finally {
            settlement.assigned(rebuilt.isEmpty() ? CompletableFuture.completedFuture(null)
                    : progress.appliedThrough(endOffsets(consumer, rebuilt)));
        }
    }

    /** Where the rebuilt partitions end now: the live intake applies again the records between replay and end. */
    private static Map<TopicPartition, Long> endOffsets(Consumer<?, ?> consumer, Set<TopicPartition> partitions) {
        try {
            return consumer.endOffsets(partitions, END_OFFSETS_TIMEOUT);
        } catch (RuntimeException e) {
            LOG.debugf("end offsets of %s unknown (broker unreachable?): %s", partitions, e.toString());
            return Map.of();
        }
    }

    /** Assigns the partitions; returns those whose pools were rebuilt. */
    private Set<TopicPartition> assign(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        Set<TopicPartition> assigned = Set.copyOf(partitions);
        partitionCount = consumer.partitionsFor(names.calls()).size();
        if (assigned.equals(built) && host.state() == EngineHost.State.RUNNING && host.recoveryProblem() == null) {
            // A rebalance that moved none of this instance's partitions: its pools are live and current, so they
            // are not rebuilt. Consumption resumes after the last record consumed (not at the last commit): no
            // record is applied twice.
            resumeAfterConsumed(consumer, progress.consumedPositions(), assigned);
            LOG.infof("partitions %s kept through the rebalance: pools not rebuilt", partitions);
            return Set.of();
        }
        boolean partial = !built.isEmpty() && host.state() == EngineHost.State.RUNNING && host.recoveryProblem() == null;
        Set<TopicPartition> before = built;
        built = Set.of();
        Set<TopicPartition> rebuilt = Set.of();
        try {
            rebuilt = partial ? rebuildMoved(consumer, before, assigned) : rebuildAll(consumer, assigned);
            built = assigned;
        } catch (Exception e) {
            // Readiness stays DOWN (the host is still recovering): better visible than routing on half a state.
            LOG.errorf(e, "could not rebuild the engine for partitions %s", partitions);
            host.recoveryFailed(e.getMessage());
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
        return rebuilt;
    }

    private Set<TopicPartition> rebuildAll(Consumer<?, ?> consumer, Set<TopicPartition> assigned) throws Exception {
        HistoryReader.Recovery recovery = reader.read(assigned, consumer.committed(new HashSet<>(assigned)));
        RebuildReport report = host.rebuild(recovery.history()).toCompletableFuture()
                .get(REBUILD_TIMEOUT_MINUTES, TimeUnit.MINUTES);
        progress.rebuiltAt(recovery.resumeAt());
        recovery.resumeAt().forEach(consumer::seek);
        LOG.infof("partitions %s recovered: %s", assigned, report);
        return assigned;
    }

    /**
     * Only the pools on partitions that came or went are rebuilt, from the history of the ones that came; the
     * pools on partitions kept route on, and their consumption resumes after the last record consumed.
     */
    private Set<TopicPartition> rebuildMoved(Consumer<?, ?> consumer, Set<TopicPartition> before,
            Set<TopicPartition> assigned)
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
        return added;
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
