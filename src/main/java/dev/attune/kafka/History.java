package dev.attune.kafka;

import dev.attune.service.Replayed;
import java.time.Instant;
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
import java.util.TreeMap;
import java.util.function.Predicate;
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

    /**
     * A decision read back from routing.decisions, with the records the engine had applied last from each
     * input partition of its pool when it decided (empty when unknown).
     */
    public record Decision(Replayed item, List<Position> after) {
        public Decision {
            after = List.copyOf(after);
        }

        /** From the {@link DecisionPublisher#AFTER} header value; unreadable parts are dropped. */
        public static Decision of(Replayed item, String header) {
            List<Position> after = new ArrayList<>();
            if (header != null) {
                for (String part : header.split(",")) {
                    position(part.trim()).ifPresent(after::add);
                }
            }
            return new Decision(item, after);
        }

        /** Whether the engine had applied this input record when it made the decision. */
        boolean follows(Input input) {
            if (after.isEmpty()) {
                return input.item().at().isBefore(item.at());
            }
            for (Position position : after) {
                if (position.partition().equals(input.partition()) && input.offset() <= position.offset()) {
                    return true;
                }
            }
            return false;
        }
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

    /** The offset of the last record of each partition that any decision followed. */
    public static Map<TopicPartition, Long> lastFollowed(Collection<Decision> decisions) {
        Map<TopicPartition, Long> last = new HashMap<>();
        for (Decision decision : decisions) {
            decision.after().forEach(p -> last.merge(p.partition(), p.offset(), Math::max));
        }
        return last;
    }

    /**
     * The replay order. Each decision comes right after every input record the engine had applied when it
     * made it, and before any other: records of different topics were consumed in an order no timestamp
     * shows (an agent's AVAILABLE read after a call that arrived later), so the decision's own record of
     * what it followed decides; records of any partition older than those come before it too, unless a
     * decision still to come says it was made before them. Otherwise partitions interleave by record time,
     * each partition in its own order. Decisions keep the order they were read in.
     */
    public static List<Replayed> merge(Map<TopicPartition, List<Input>> inputs, List<Decision> decisions) {
        List<Deque<Input>> partitions = new ArrayList<>();
        inputs.values().forEach(list -> partitions.add(new ArrayDeque<>(list)));
        Map<TopicPartition, TreeMap<Long, Integer>> pending = pendingPositions(decisions);
        List<Replayed> merged = new ArrayList<>();
        for (Decision decision : decisions) {
            // Besides what the decision followed, whatever happened before the last of those records goes
            // first too: pools are independent, but an agent moving between pools is not.
            Instant horizon = decision.item().at();
            for (Deque<Input> partition : partitions) {
                for (Input input : partition) {
                    if (!decision.follows(input)) {
                        break;
                    }
                    horizon = input.item().at().isAfter(horizon) ? input.item().at() : horizon;
                }
            }
            Instant until = horizon;
            // Decisions of different partitions are read in no particular order: one read early must not pull
            // in, by time, an answer another pool's decision (read later) was made before, or that decision
            // would be adopted after its own answer, which then matched nothing.
            drain(partitions, merged, input -> decision.follows(input)
                    || (!input.item().at().isAfter(until) && !madeBefore(pending, input)));
            decision.after().forEach(p -> pending.get(p.partition()).computeIfPresent(p.offset(),
                    (offset, count) -> count == 1 ? null : count - 1));
            merged.add(decision.item());
        }
        drain(partitions, merged, input -> true);
        return merged;
    }

    /** Per input partition, the positions the decisions name (with how many name each). */
    private static Map<TopicPartition, TreeMap<Long, Integer>> pendingPositions(List<Decision> decisions) {
        Map<TopicPartition, TreeMap<Long, Integer>> pending = new HashMap<>();
        for (Decision decision : decisions) {
            decision.after().forEach(p -> pending.computeIfAbsent(p.partition(), k -> new TreeMap<>())
                    .merge(p.offset(), 1, Integer::sum));
        }
        return pending;
    }

    /** Whether a decision not merged yet was made before this record was applied. */
    private static boolean madeBefore(Map<TopicPartition, TreeMap<Long, Integer>> pending, Input input) {
        TreeMap<Long, Integer> positions = pending.get(input.partition());
        return positions != null && !positions.isEmpty() && input.offset() > positions.firstKey();
    }

    /** Appends, earliest first, the records at the heads of the partitions that satisfy the condition. */
    private static void drain(List<Deque<Input>> partitions, List<Replayed> merged, Predicate<Input> condition) {
        Comparator<Input> earliest = Comparator.comparing((Input i) -> i.item().at())
                .thenComparing(i -> i.partition().toString());
        while (true) {
            Deque<Input> next = null;
            for (Deque<Input> partition : partitions) {
                Input head = partition.peek();
                if (head != null && condition.test(head)
                        && (next == null || earliest.compare(head, next.peek()) < 0)) {
                    next = partition;
                }
            }
            if (next == null) {
                return;
            }
            merged.add(next.poll().item());
        }
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
