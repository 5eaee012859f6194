package dev.attune.fault;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the time of one restart went, from the kill to the first offer the restarted service decided: read
 * from the restarted service's log (its lines carry local wall-clock times, the harness runs on the same host).
 * Each step is the time since the kill at which the service logged reaching it, so a step that is slow shows
 * as the gap before it. The decision path's warm-up is not a step: it plays once routing has resumed and holds
 * readiness, not the first offer, so it ends after the timeline does.
 */
final class RestartTimeline {
    private static final DateTimeFormatter LOG_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss,SSS");
    private static final Pattern TIMESTAMP = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2},\\d{3}) ");
    private static final Pattern READ_MILLIS = Pattern.compile("read in (\\d+) ms");

    /** The steps in the order a restart passes them; label and the log line that marks it. */
    private static final Map<String, String> STEPS = new LinkedHashMap<>();

    static {
        STEPS.put("first log line (JVM up, Quarkus static init)", "");
        STEPS.put("database migrated (Flyway)", "Schema \"public\" is up to date");
        STEPS.put("ORM started (Hibernate)", "[org.hibernate.orm");
        STEPS.put("Kafka clients created", "Kafka consumer kafka-consumer-routing-events, connected");
        STEPS.put("Quarkus started", "started in");
        STEPS.put("history read (group joined, partitions assigned)", "[dev.attune.kafka.HistoryReader]");
        STEPS.put("engine rebuilt", "rebuilt from history");
        STEPS.put("input records fetched after the rebuild", "Initialize record store for topic-partition");
    }

    private final List<String> lines = new ArrayList<>();

    private RestartTimeline() {
    }

    /**
     * @param killedAt     when the kill -9 was sent
     * @param launchedAt   when the new JVM was launched
     * @param firstOfferAt when the first offer decided after the kill was stamped by the service's producer, or
     *                     null if none came
     */
    static RestartTimeline read(Path serviceLog, Instant killedAt, Instant launchedAt, Instant firstOfferAt)
            throws IOException {
        RestartTimeline timeline = new RestartTimeline();
        timeline.add("new JVM launched", killedAt, launchedAt);
        List<String> log = Files.readAllLines(serviceLog, StandardCharsets.ISO_8859_1);
        for (Map.Entry<String, String> step : STEPS.entrySet()) {
            String line = log.stream().filter(l -> TIMESTAMP.matcher(l).find() && l.contains(step.getValue()))
                    .findFirst().orElse(null);
            if (line == null) {
                timeline.lines.add(String.format("%7s  %s (not in the log)", "-", step.getKey()));
                continue;
            }
            Instant at = timeOf(line);
            Matcher read = READ_MILLIS.matcher(line);
            if (read.find()) {
                timeline.add("partitions assigned (group joined)", killedAt, at.minusMillis(Long.parseLong(read.group(1))));
            }
            timeline.add(step.getKey(), killedAt, at);
        }
        timeline.add("first offer decided", killedAt, firstOfferAt);
        return timeline;
    }

    private void add(String step, Instant killedAt, Instant at) {
        lines.add(at == null ? String.format("%7s  %s", "never", step)
                : String.format("%7.1f  %s", (at.toEpochMilli() - killedAt.toEpochMilli()) / 1000.0, step));
    }

    private static Instant timeOf(String line) {
        Matcher m = TIMESTAMP.matcher(line);
        if (!m.find()) {
            throw new IllegalArgumentException("no timestamp: " + line);
        }
        return LocalDateTime.parse(m.group(1), LOG_TIME).atZone(ZoneId.systemDefault()).toInstant();
    }

    /** Seconds after the kill, one step per line. */
    String render(String indent) {
        return indent + String.join("\n" + indent, lines);
    }
}
