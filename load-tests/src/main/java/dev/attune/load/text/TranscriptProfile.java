package dev.attune.load.text;

import dev.attune.cli.CommandLine;
import dev.attune.load.ExecutionSamples;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedFrame;

/**
 * Where the service's CPU goes on the transcript path, from a Java Flight Recorder file: the execution samples
 * of every thread, each charged to the first stage of the path found on its stack (innermost first, so the
 * model's scoring inside the reader counts as the model, not as the reader), then by thread. The stages are the
 * issue's: decoding, schema validation, tokenising, the model, the events, publishing, the journal and the
 * engine applying the estimates.
 */
public final class TranscriptProfile {
    /** Stage name by a frame's class (simple prefix match on the fully qualified name), innermost wins. */
    private static final Map<String, String> STAGES = stages();
    private static final String ROUTING_KAFKA = "dev.attune.kafka.";

    private TranscriptProfile() {
    }

    private static Map<String, String> stages() {
        Map<String, String> stages = new LinkedHashMap<>();
        stages.put("dev.attune.text.Utterances", "tokenising (Utterances)");
        stages.put("dev.attune.text.Vocabulary", "features: lookup, tf-idf (Vocabulary)");
        stages.put("dev.attune.text.LinearLayer", "model: linear scoring (LinearLayer)");
        stages.put("dev.attune.text.", "model: rest (TextEstimator, Platt)");
        stages.put("dev.attune.kafka.transcript.TranscriptSchema", "schema validation (TranscriptSchema)");
        stages.put("dev.attune.kafka.transcript.TranscriptDecoder", "decoding: JSON, envelope (TranscriptDecoder)");
        stages.put("dev.attune.kafka.transcript.TextEvents", "writing the events (TextEvents)");
        stages.put("dev.attune.kafka.transcript.TextPublisher", "publishing: handing to the producer (TextPublisher)");
        stages.put("dev.attune.kafka.transcript.", "transcript intake: rest (TranscriptIntake, TranscriptReader)");
        stages.put("dev.attune.persistence.", "journal (persistence)");
        stages.put("dev.attune.service.", "engine host: applying events (service)");
        stages.put("dev.attune.core.", "engine: care need, decisions (core)");
        stages.put(ROUTING_KAFKA, "routing intake, journal and change feeds (kafka)");
        stages.put("org.apache.kafka.clients.producer", "Kafka producer (sending thread, serialising)");
        stages.put("org.apache.kafka.clients.consumer", "Kafka consumer (fetching, parsing records)");
        stages.put("org.apache.kafka.", "Kafka client: network, other");
        stages.put("io.smallrye.reactive.messaging", "messaging connector");
        stages.put("io.vertx.", "Vert.x event loop");
        stages.put("io.micrometer.", "metrics");
        return stages;
    }

    static String summarize(Path recording, int top) throws IOException {
        Map<String, Integer> byStage = new HashMap<>();
        Map<String, Integer> byThread = new HashMap<>();
        Map<String, Integer> self = new HashMap<>();
        Map<String, Map<String, Integer>> stagesByThread = new HashMap<>();
        int samples = ExecutionSamples.read(recording, sample -> {
            String stage = stageOf(sample.frames());
            byStage.merge(stage, 1, Integer::sum);
            self.merge(name(sample.frames().get(0)), 1, Integer::sum);
            byThread.merge(sample.thread(), 1, Integer::sum);
            stagesByThread.computeIfAbsent(sample.thread(), t -> new HashMap<>()).merge(stage, 1, Integer::sum);
        }, event -> { });
        StringBuilder out = new StringBuilder(String.format("%d execution samples in %s (all threads)%n", samples,
                recording.getFileName()));
        table(out, "By stage of the transcript path (innermost stage on the stack)", byStage, samples, top);
        table(out, "By thread", byThread, samples, top);
        int all = samples;
        byThread.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(3)
                .forEach(t -> table(out, "On " + t.getKey() + ", by stage (share of all samples)",
                        stagesByThread.get(t.getKey()), all, 8));
        table(out, "Top methods by self samples", self, samples, top);
        return out.toString();
    }

    private static String stageOf(List<RecordedFrame> frames) {
        // Shared Kafka helpers (CloudEventRecords, EventSchemas) called by the transcript path count as its stage.
        boolean textPath = frames.stream().map(f -> f.getMethod().getType().getName())
                .anyMatch(t -> t.startsWith("dev.attune.kafka.transcript.") || t.startsWith("dev.attune.text."));
        for (RecordedFrame frame : frames) {
            String type = frame.getMethod().getType().getName();
            if (textPath && type.startsWith(ROUTING_KAFKA) && !type.startsWith("dev.attune.kafka.transcript.")) {
                continue;
            }
            for (Map.Entry<String, String> stage : STAGES.entrySet()) {
                if (type.startsWith(stage.getKey())) {
                    return stage.getValue();
                }
            }
        }
        String type = frames.get(0).getMethod().getType().getName();
        String[] parts = type.split("\\.");
        return "other: " + (parts.length > 2 ? parts[0] + "." + parts[1] + "." + parts[2] : type);
    }

    private static void table(StringBuilder out, String title, Map<String, Integer> counts, int total, int top) {
        ExecutionSamples.table(out, title, counts, total, top);
    }

    private static String name(RecordedFrame frame) {
        String type = frame.getMethod().getType().getName();
        return type.substring(type.lastIndexOf('.') + 1) + "." + frame.getMethod().getName();
    }

    public static void main(String[] args) throws IOException {
        List<String> given = CommandLine.positional(args, "TranscriptProfile <recording.jfr> [top frames, 20]", 1, 2);
        int top = given.size() > 1 ? CommandLine.parse(args, "top frames must be a number", a -> Integer.parseInt(a[1])) : 20;
        System.out.print(summarize(Path.of(given.get(0)), top));
    }
}
