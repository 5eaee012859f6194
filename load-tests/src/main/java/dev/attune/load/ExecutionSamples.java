package dev.attune.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * The execution samples of a Java Flight Recorder file, read once for every profile summary of the load tests
 * ({@link HotMethods}, the text path's {@code TranscriptProfile}): each sample with a stack, its thread named
 * without a pool's running number, so the samples of one pool count together. Other events go to a second reader.
 */
public final class ExecutionSamples {
    private ExecutionSamples() {
    }

    /** One execution sample: the sampled thread (pool number as N) and its stack, innermost frame first. */
    public record Sample(String thread, List<RecordedFrame> frames) {
    }

    /** @return how many samples with a stack the recording holds */
    public static int read(Path recording, Consumer<Sample> samples, Consumer<RecordedEvent> others)
            throws IOException {
        int count = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
                others.accept(event);
                continue;
            }
            RecordedStackTrace stack = event.getStackTrace();
            if (stack == null || stack.getFrames().isEmpty()) {
                continue;
            }
            count++;
            samples.accept(new Sample(threadOf(event), stack.getFrames()));
        }
        return count;
    }

    /** A titled table of counts, largest first: share of {@code total}, count, name. */
    public static void table(StringBuilder out, String title, Map<String, Integer> counts, int total, int top) {
        out.append(String.format("%n%s%n", title));
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(top)
                .forEach(e -> out.append(String.format("  %5.1f%%  %6d  %s%n", 100.0 * e.getValue() / Math.max(1, total),
                        e.getValue(), e.getKey())));
    }

    private static String threadOf(RecordedEvent event) {
        if (event.getThread("sampledThread") == null || event.getThread("sampledThread").getJavaName() == null) {
            return "?";
        }
        return event.getThread("sampledThread").getJavaName().replaceAll("-\\d+$", "-N");
    }
}
