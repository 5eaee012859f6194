package dev.attune.kafka;

import dev.attune.service.Replayed;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.PriorityQueue;
import org.apache.kafka.common.TopicPartition;

/**
 * The pure part of a restart: which input records the stopped instance had already applied (the
 * "frontier" of each partition), and the order to replay them in together with the decisions it published.
 *
 * <p>The frontier of a partition is the later of its committed offset and one past the last record a
 * published decision followed ({@link DecisionPublisher#AFTER}): a record that led to a published decision
 * was applied even if its offset was not committed yet, so it is replayed quietly rather than applied again
 * (which would decide twice). Records after the frontier either were never applied or led to no decision;
 * they are consumed live again, which the engine's idempotency makes harmless.
 */
public final class History {
    private History() {
    }

    /** A decision read back from routing.decisions, with the input record it followed (null when unknown). */
    public record Decision(Replayed item, String after) {
    }

    /** An input record read back, with its offset for ordering within the partition. */
    public record Input(TopicPartition partition, long offset, Replayed.Input item) {
    }

    /**
     * Where live consumption resumes: the frontier, or the window start when nothing says the partition was
     * ever consumed (a new consumer group: the window is consumed live, as a first start should).
     */
    public static long frontier(OptionalLong committed, OptionalLong lastFollowed, long windowStart) {
        if (committed.isEmpty() && lastFollowed.isEmpty()) {
            return windowStart;
        }
        long fromCommit = committed.orElse(windowStart);
        long fromDecisions = lastFollowed.isPresent() ? lastFollowed.getAsLong() + 1 : windowStart;
        return Math.max(fromCommit, fromDecisions);
    }

    /** The offset of the last record of a partition that any decision followed. */
    public static Map<TopicPartition, Long> lastFollowed(Collection<Decision> decisions) {
        Map<TopicPartition, Long> last = new HashMap<>();
        for (Decision decision : decisions) {
            position(decision.after()).ifPresent(p -> last.merge(p.partition(), p.offset(), Math::max));
        }
        return last;
    }

    /**
     * The replay order: partitions merged by record time (each partition keeps its own order), each input
     * followed by the decisions made right after it; decisions that followed no replayed record fall in by time.
     */
    public static List<Replayed> merge(Map<TopicPartition, List<Input>> inputs, List<Decision> decisions) {
        Map<String, List<Replayed>> following = new HashMap<>();
        Map<String, Boolean> replayedPositions = new HashMap<>();
        inputs.values().forEach(list -> list.forEach(i -> replayedPositions.put(i.item().position(), true)));
        Deque<Replayed> orphans = new ArrayDeque<>();
        for (Decision decision : decisions) {
            if (decision.after() != null && replayedPositions.containsKey(decision.after())) {
                following.computeIfAbsent(decision.after(), k -> new ArrayList<>()).add(decision.item());
            } else {
                orphans.add(decision.item());
            }
        }
        List<Replayed> sortedOrphans = new ArrayList<>(orphans);
        sortedOrphans.sort(Comparator.comparing(Replayed::at));
        Deque<Replayed> orphanQueue = new ArrayDeque<>(sortedOrphans);

        PriorityQueue<Deque<Input>> heads = new PriorityQueue<>(
                Comparator.comparing((Deque<Input> q) -> q.peek().item().at())
                        .thenComparing(q -> q.peek().partition().toString()));
        for (List<Input> list : inputs.values()) {
            if (!list.isEmpty()) {
                heads.add(new ArrayDeque<>(list));
            }
        }
        List<Replayed> merged = new ArrayList<>();
        while (!heads.isEmpty()) {
            Deque<Input> head = heads.poll();
            Input next = head.poll();
            while (!orphanQueue.isEmpty() && orphanQueue.peek().at().isBefore(next.item().at())) {
                merged.add(orphanQueue.poll());
            }
            merged.add(next.item());
            merged.addAll(following.getOrDefault(next.item().position(), List.of()));
            if (!head.isEmpty()) {
                heads.add(head);
            }
        }
        merged.addAll(orphanQueue);
        return merged;
    }

    /** topic/partition@offset, as {@link InboundRecord#position()} writes it. */
    public record Position(TopicPartition partition, long offset) {
    }

    public static Optional<Position> position(String text) {
        if (text == null) {
            return Optional.empty();
        }
        int at = text.lastIndexOf('@');
        int slash = text.lastIndexOf('/', at);
        if (at < 0 || slash < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Position(new TopicPartition(text.substring(0, slash),
                    Integer.parseInt(text.substring(slash + 1, at))), Long.parseLong(text.substring(at + 1))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
