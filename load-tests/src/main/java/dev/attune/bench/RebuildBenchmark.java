package dev.attune.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attune.service.EngineCore;
import dev.attune.core.engine.PlanMode;
import dev.attune.core.engine.RoutingEngine;
import dev.attune.core.engine.RoutingSettings;
import dev.attune.kafka.DecisionEvents;
import dev.attune.kafka.EventSchemas;
import dev.attune.kafka.EventType;
import dev.attune.kafka.HistoryReader;
import dev.attune.kafka.InboundDecoder;
import dev.attune.kafka.PoolPartitions;
import dev.attune.kafka.SampleEvents;
import dev.attune.kafka.TopicNames;
import dev.attune.local.LocalKafka;
import dev.attune.service.EngineHost;
import dev.attune.service.HostSettings;
import dev.attune.service.JournalSettings;
import dev.attune.service.RebuildReport;
import dev.attune.service.Replayed;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * How long an instance takes to rebuild its pools after it is assigned their partitions: 12 h of input
 * history on a real (embedded) broker, read back by the service's own HistoryReader and replayed by its own
 * EngineHost, at several roster sizes. Prints one table, medians of the repeats.
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.mainClass=dev.attune.bench.RebuildBenchmark \
 *     -Dexec.classpathScope=test -Dexec.args="--agents 2000,10000 --hours 12 --calls-per-agent-hour 4"
 * </pre>
 *
 * History per agent: a profile and a login, then a state change every 10 minutes; per call: call.arrived,
 * two emotion.estimated and call.abandoned (the same number of records as an answered call's arrival,
 * answer and end). Decisions are not replayed (routing.decisions is empty): the adopted offers of a real
 * restart add one record per call still pending, a handful.
 *
 * <p>Then, on the rebuilt host, the rebuild after one of three instances was killed: the history of a third of
 * the partitions only, taken into the running engine by {@code EngineHost.rebuildPools}.
 */
public final class RebuildBenchmark {
    private static final int AGENTS_PER_POOL = 200;
    private static final int PARTITIONS = 12;
    /** Partitions 0 to 3 of 12: the share of one of three instances. */
    private static final int MOVED = PARTITIONS / 3;
    private static final TopicNames TOPICS = TopicNames.defaults();

    private RebuildBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        KnownOptions.require(args, "usage: RebuildBenchmark [--agents N,N] [--hours H] [--calls-per-agent-hour X]"
                + " [--repeats N]", java.util.Set.of(),
                java.util.Set.of("--agents", "--hours", "--calls-per-agent-hour", "--repeats"));
        List<Integer> sizes = Arrays.stream(KnownOptions.value(args, "--agents", "2000,10000").split(","))
                .map(String::trim).map(Integer::parseInt).toList();
        int hours = Integer.parseInt(KnownOptions.value(args, "--hours", "12"));
        double callsPerAgentHour = Double.parseDouble(KnownOptions.value(args, "--calls-per-agent-hour", "4"));
        int repeats = Integer.parseInt(KnownOptions.value(args, "--repeats", "3"));
        List<String> rows = new ArrayList<>();
        for (int agents : sizes) {
            rows.add(run(agents, hours, callsPerAgentHour, repeats));
        }
        System.out.printf("%nRebuild after a partition assignment: %d h of history, %.1f calls per agent-hour, "
                + "%d partitions, medians of %d runs%n", hours, callsPerAgentHour, PARTITIONS, repeats);
        System.out.println("| agents | pools | input records | read from Kafka (s) | replay into the engine (s) "
                + "| total (s) | records/s | moved only: records | read (s) | replay (s) | total (s) | moved / all |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        rows.forEach(System.out::println);
    }

    private static String run(int agents, int hours, double callsPerAgentHour, int repeats) throws Exception {
        try (LocalKafka kafka = LocalKafka.start()) {
            Map<String, Object> client = Map.of("bootstrap.servers", kafka.bootstrapServers());
            try (Admin admin = Admin.create(client)) {
                admin.createTopics(List.of(TOPICS.calls(), TOPICS.agents(), TOPICS.emotions(), TOPICS.decisions())
                        .stream().map(t -> new NewTopic(t, PARTITIONS, (short) 1)).toList()).all().get();
            } catch (java.util.concurrent.ExecutionException e) {
                // A slow broker answers late and the admin client asks again: the topics are there.
                if (!(e.getCause() instanceof org.apache.kafka.common.errors.TopicExistsException)) {
                    throw e;
                }
            }
            long records = produce(kafka.bootstrapServers(), agents, hours, callsPerAgentHour);
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : TOPICS.inputs()) {
                for (int p = 0; p < PARTITIONS; p++) {
                    partitions.add(new TopicPartition(topic, p));
                }
            }
            // As after a crash of the previous owner: everything it consumed is committed, so the whole window is history.
            Map<TopicPartition, OffsetAndMetadata> committed = new HashMap<>();
            try (Admin admin = Admin.create(client)) {
                admin.listOffsets(partitions.stream().collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest())))
                        .all().get().forEach((tp, end) -> committed.put(tp, new OffsetAndMetadata(end.offset())));
            }
            HistoryReader reader = new HistoryReader(client, TOPICS, new InboundDecoder(new EventSchemas(), TOPICS),
                    new DecisionEvents(URI.create("urn:attune:bench")), Duration.ofHours(hours + 1));
            // One of three instances killed: its third of the partitions moves to a survivor, which rebuilds only those.
            List<TopicPartition> movedPartitions = partitions.stream().filter(tp -> tp.partition() < MOVED)
                    .toList();
            double[] read = new double[repeats];
            double[] replay = new double[repeats];
            double[] movedRead = new double[repeats];
            double[] movedReplay = new double[repeats];
            int replayed = 0;
            int movedRecords = 0;
            for (int i = 0; i < repeats; i++) {
                long start = System.nanoTime();
                List<Replayed> history = reader.read(partitions, committed).history();
                read[i] = (System.nanoTime() - start) / 1e9;
                replayed = history.size();
                EngineHost host = host();
                try {
                    start = System.nanoTime();
                    RebuildReport report = host.rebuild(history).toCompletableFuture().get(30, TimeUnit.MINUTES);
                    replay[i] = (System.nanoTime() - start) / 1e9;
                    System.out.printf("%d agents, run %d: read %.1f s, replay %.1f s (%s)%n", agents, i + 1, read[i],
                            replay[i], report);
                    start = System.nanoTime();
                    List<Replayed> moved = reader.read(movedPartitions, committed).history();
                    movedRead[i] = (System.nanoTime() - start) / 1e9;
                    movedRecords = moved.size();
                    start = System.nanoTime();
                    report = host.rebuildPools(moved, pool -> PoolPartitions.of(pool, PARTITIONS) < MOVED)
                            .toCompletableFuture().get(30, TimeUnit.MINUTES);
                    movedReplay[i] = (System.nanoTime() - start) / 1e9;
                    System.out.printf("%d agents, run %d, moved partitions only: read %.1f s, replay %.1f s (%s)%n",
                            agents, i + 1, movedRead[i], movedReplay[i], report);
                } finally {
                    host.stop();
                }
            }
            double r = median(read);
            double e = median(replay);
            double mr = median(movedRead);
            double me = median(movedReplay);
            return String.format("| %,d | %d | %,d | %.1f | %.1f | %.1f | %,.0f | %,d | %.1f | %.1f | %.1f | %.2f |",
                    agents, (agents + AGENTS_PER_POOL - 1) / AGENTS_PER_POOL, replayed, r, e, r + e, records / (r + e),
                    movedRecords, mr, me, mr + me, (mr + me) / (r + e));
        }
    }

    /** Writes the history with record timestamps spread over the last {@code hours}; returns the record count. */
    private static long produce(String servers, int agents, int hours, double callsPerAgentHour) throws Exception {
        Instant end = Instant.now().minusSeconds(60);
        Instant start = end.minus(Duration.ofHours(hours));
        long count = 0;
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers, ProducerConfig.LINGER_MS_CONFIG, 20,
                ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024, ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4"),
                new StringSerializer(), new ByteArraySerializer())) {
            long seconds = Duration.between(start, end).toSeconds();
            for (int a = 0; a < agents; a++) {
                String pool = "pool-" + a / AGENTS_PER_POOL;
                String agent = "agent-" + a;
                ObjectNode profile = SampleEvents.data(EventType.AGENT_PROFILE_CHANGED).put("poolId", pool)
                        .put("agentId", agent).put("displayName", agent);
                send(producer, EventType.AGENT_PROFILE_CHANGED, profile, start);
                send(producer, EventType.AGENT_STATE_CHANGED, state(pool, agent, "AVAILABLE"), start.plusSeconds(1));
                count += 2;
                for (long t = 600 + a % 600; t < seconds; t += 600) {
                    String next = (t / 600) % 2 == 0 ? "AVAILABLE" : "AWAY";
                    send(producer, EventType.AGENT_STATE_CHANGED, state(pool, agent, next), start.plusSeconds(t));
                    count++;
                }
            }
            long calls = Math.round(agents * hours * callsPerAgentHour);
            for (long c = 0; c < calls; c++) {
                String pool = "pool-" + (c % ((agents + AGENTS_PER_POOL - 1) / AGENTS_PER_POOL));
                String call = "call-" + c;
                Instant at = start.plusMillis(c * seconds * 1000 / calls + 2_000);
                ObjectNode arrived = SampleEvents.data(EventType.CALL_ARRIVED).put("poolId", pool).put("callId", call)
                        .put("productCode", "GENERAL");
                arrived.remove("lastAgentId");
                send(producer, EventType.CALL_ARRIVED, arrived, at);
                send(producer, EventType.EMOTION_ESTIMATED, SampleEvents.data(EventType.EMOTION_ESTIMATED)
                        .put("poolId", pool).put("callId", call), at.plusSeconds(3));
                send(producer, EventType.EMOTION_ESTIMATED, SampleEvents.data(EventType.EMOTION_ESTIMATED)
                        .put("poolId", pool).put("callId", call).put("anxiety", 0.4), at.plusSeconds(20));
                send(producer, EventType.CALL_ABANDONED, SampleEvents.data(EventType.CALL_ABANDONED)
                        .put("poolId", pool).put("callId", call), at.plusSeconds(40));
                count += 4;
            }
            producer.flush();
        }
        return count;
    }

    private static ObjectNode state(String pool, String agent, String state) {
        ObjectNode data = SampleEvents.data(EventType.AGENT_STATE_CHANGED).put("poolId", pool).put("agentId", agent)
                .put("state", state);
        data.remove("expectedFreeAt");
        return data;
    }

    private static void send(KafkaProducer<String, byte[]> producer, EventType type, ObjectNode data, Instant at) {
        ObjectNode envelope = SampleEvents.envelope(type, data).put("time", at.toString());
        producer.send(new ProducerRecord<>(TOPICS.name(type.topic()), null, at.toEpochMilli(),
                data.path("poolId").asText(), SampleEvents.bytes(envelope)));
    }

    private static EngineHost host() {
        BenchWorld world = new BenchWorld(Path.of("config"));
        EngineHost host = new EngineHost(clock -> new EngineCore(new RoutingEngine(
                new RoutingSettings(world.catalogue, null, null, world.weights), clock, PlanMode.OFF)),
                (directive, at, cause, after) -> CompletableFuture.completedFuture(null), List.of(batch -> { }),
                new BenchHostSettings(), new BenchJournalSettings(), new SimpleMeterRegistry());
        host.start();
        return host;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** The service's defaults (application.properties), with the background plan off as in a rebuild. */
    private static final class BenchHostSettings implements HostSettings {
        @Override
        public Duration tickInterval() {
            return Duration.ofMillis(100);
        }

        @Override
        public Duration queueRefresh() {
            return Duration.ofSeconds(1);
        }

        @Override
        public Duration stallAfter() {
            return Duration.ofMinutes(30);
        }

        @Override
        public boolean recoverOnStart() {
            return true;
        }

        @Override
        public PlanMode planMode() {
            return PlanMode.OFF;
        }

        @Override
        public Duration reservationTimeout() {
            return Duration.ofSeconds(15);
        }

        @Override
        public boolean deadlinesByInput() {
            return true;
        }

        @Override
        public Duration answerGrace() {
            return Duration.ofSeconds(2);
        }

        @Override
        public boolean ronaSetsAgentAway() {
            return true;
        }

        @Override

        public int poolLanes() {

            return 1;

        }


        @Override
        public Duration maxHold() {
            return Duration.ofSeconds(10);
        }

        @Override
        public Dedupe dedupe() {
            return new Dedupe() {
                @Override
                public Duration window() {
                    return Duration.ofMinutes(30);
                }

                @Override
                public int maxEvents() {
                    return 200_000;
                }
            };
        }
    }

    private record BenchJournalSettings() implements JournalSettings {
        @Override
        public int maxBatch() {
            return 500;
        }

        @Override
        public Duration linger() {
            return Duration.ofMillis(200);
        }

        @Override
        public int backlogWarning() {
            return 10_000;
        }

        @Override
        public int maxBacklog() {
            return 100_000;
        }

        @Override
        public Duration retryAfter() {
            return Duration.ofSeconds(1);
        }

        @Override
        public int recentlyWritten() {
            return 0;
        }
    }
}
