package dev.attune.load;

import dev.attune.cli.CommandLine;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;

/**
 * Where the service spends its CPU, from a Java Flight Recorder file: execution samples counted by the
 * method on top of the stack (self time), by the first Attune method on the stack (the project code
 * responsible for that time, whatever library it was in), by thread, and on the routing thread by every
 * method on the stack (inclusive: which step of a decision costs what). Then the garbage collector's pauses,
 * which a latency tail shows as much as any method.
 */
public final class HotMethods {
    private static final String OURS = "dev.attune.";
    private static final String ENGINE_THREAD = "attune-engine";

    private HotMethods() {
    }

    public static String summarize(Path recording, int top) throws IOException {
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> ours = new HashMap<>();
        Map<String, Integer> threads = new HashMap<>();
        Map<String, Integer> engine = new HashMap<>();
        int[] engineSamples = {0};
        List<Double> pauses = new ArrayList<>();
        Map<String, Double> pausePhases = new HashMap<>();
        int samples = ExecutionSamples.read(recording, sample -> {
            List<RecordedFrame> frames = sample.frames();
            self.merge(name(frames.get(0)), 1, Integer::sum);
            ours.merge(owner(frames), 1, Integer::sum);
            threads.merge(sample.thread(), 1, Integer::sum);
            if (ENGINE_THREAD.equals(sample.thread())) {
                engineSamples[0]++;
                Set<String> onStack = new HashSet<>();
                for (RecordedFrame frame : frames) {
                    if (!isPlumbing(frame) && onStack.add(name(frame))) {
                        engine.merge(name(frame), 1, Integer::sum);
                    }
                }
            }
        }, event -> collection(event, pauses, pausePhases));
        StringBuilder out = new StringBuilder();
        out.append(String.format("%d execution samples in %s%n", samples, recording.getFileName()));
        ExecutionSamples.table(out, "Top methods by self samples", self, samples, top);
        ExecutionSamples.table(out, "Top Attune methods on the stack (inclusive)", ours, samples, top);
        ExecutionSamples.table(out, "Samples by thread", threads, samples, top);
        ExecutionSamples.table(out, "On the routing thread (" + ENGINE_THREAD + "), inclusive: every method on the stack", engine,
                engineSamples[0], top * 2);
        pauses.sort(null);
        if (!pauses.isEmpty()) {
            out.append(String.format("%nGarbage collection: %d collections, pause per collection median %.1f ms, "
                            + "p90 %.1f ms, max %.1f ms, %.0f ms paused in all%n", pauses.size(),
                    pauses.get(pauses.size() / 2), pauses.get((int) (pauses.size() * 0.9)), pauses.get(pauses.size() - 1),
                    pauses.stream().mapToDouble(Double::doubleValue).sum()));
            out.append("  phases by time (parallel phases summed over GC threads):\n");
            pausePhases.entrySet().stream()
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                    .limit(6)
                    .forEach(e -> out.append(String.format("  %8.1f ms  %s%n", e.getValue(), e.getKey())));
        }
        return out.toString();
    }

    /** The first Attune method on the stack: the project code responsible for the sample. */
    private static String owner(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            if (frame.getMethod().getType().getName().startsWith(OURS)) {
                return name(frame);
            }
        }
        return "(no Attune frame: " + packageOf(frames) + ")";
    }

    private static void collection(RecordedEvent event, List<Double> pauses, Map<String, Double> pausePhases) {
        String type = event.getEventType().getName();
        if (type.equals("jdk.GarbageCollection")) {
            pauses.add(event.getDuration("sumOfPauses").toNanos() / 1e6);
        } else if (type.equals("jdk.GCPhasePauseLevel1") || type.equals("jdk.GCPhaseParallel")) {
            pausePhases.merge(event.getString("name"), event.getDuration().toNanos() / 1e6, Double::sum);
        }
    }

    private static String name(RecordedFrame frame) {
        String type = frame.getMethod().getType().getName();
        return type.substring(type.lastIndexOf('.') + 1) + "." + frame.getMethod().getName()
                + "  [" + type.substring(0, Math.max(0, type.lastIndexOf('.'))) + "]";
    }

    /** The thread pool and lambda frames every engine sample passes through: 100%, and no information. */
    private static boolean isPlumbing(RecordedFrame frame) {
        String type = frame.getMethod().getType().getName();
        return type.contains("$$Lambda") || type.startsWith("java.util.concurrent.") || type.equals("java.lang.Thread")
                || frame.getMethod().getName().startsWith("lambda$");
    }

    private static String packageOf(List<RecordedFrame> frames) {
        String type = frames.get(0).getMethod().getType().getName();
        String[] parts = type.split("\\.");
        return parts.length > 2 ? parts[0] + "." + parts[1] + "." + parts[2] : type;
    }

    public static void main(String[] args) throws IOException {
        String usage = "usage: HotMethods <recording.jfr> [rows per table, 15]";
        List<String> given = CommandLine.positional(args, usage, 1, 2);
        int rows = given.size() > 1 ? CommandLine.parse(args, usage, a -> Integer.parseInt(a[1])) : 15;
        System.out.print(summarize(Path.of(given.get(0)), rows));
    }
}
