package dev.attune.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RestartTimelineTest {

    @Test
    void readsEachStepFromTheRestartedServicesLog(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("service.log");
        Files.write(log, List.of(
                "__  ____  __  _____   ___  __ ____  ______ ",
                "2026-12-05 21:47:30,000 WARN  [io.quarkus.oidc.common.runtime.OidcCommonUtils] (vert.x) OIDC Server is not available",
                "2026-12-05 21:47:32,500 INFO  [org.flywaydb.core.internal.command.DbMigrate] (main) Schema \"public\" is up to date. No migration necessary.",
                "2026-12-05 21:47:33,000 INFO  [org.hibernate.orm.jdbc.batch] (JPA Startup Thread) HHH100501: Automatic JDBC statement batching enabled",
                "2026-12-05 21:47:35,000 INFO  [io.smallrye.reactive.messaging.kafka] (t) SRMSG18257: Kafka consumer kafka-consumer-routing-events, connected to Kafka brokers 'x'",
                "2026-12-05 21:47:36,000 INFO  [io.quarkus] (main) attune 0.1.0-SNAPSHOT on JVM started in 9.000s.",
                "2026-12-05 21:47:37,000 INFO  [dev.attune.kafka.HistoryReader] (t) recovery of [acd.calls-0]: 5 input records and 1 decisions to replay, read in 400 ms, resuming at {}",
                "2026-12-05 21:47:37,300 INFO  [dev.attune.service.EngineHost] (attune-engine) every pool rebuilt from history: RebuildReport[]",
                "2026-12-05 21:47:37,800 INFO  [io.smallrye.reactive.messaging.kafka] (vert.x-eventloop-thread-0) SRMSG18256: Initialize record store for topic-partition 'acd.calls-0' at position 323.",
                "2026-12-05 21:47:46,500 INFO  [dev.attune.service.DecisionWarmUp] (attune-warm-up) decision path warmed up: 6664 synthetic calls, 6664 offers, 1000 agents, in 8011 ms"));
        Instant killed = at("2026-12-05T21:47:27");
        String timeline = RestartTimeline.read(log, killed, killed.plusMillis(100), at("2026-12-05T21:47:38")).render("");
        List<String> lines = timeline.lines().toList();
        assertEquals("    0.1  new JVM launched", lines.get(0));
        assertEquals("    3.0  first log line (JVM up, Quarkus static init)", lines.get(1));
        assertEquals("    5.5  database migrated (Flyway)", lines.get(2));
        assertEquals("    6.0  ORM started (Hibernate)", lines.get(3));
        assertEquals("    8.0  Kafka clients created", lines.get(4));
        assertEquals("    9.6  partitions assigned (group joined)", lines.get(6));
        assertEquals("   10.3  engine rebuilt", lines.get(8));
        assertEquals("   10.8  input records fetched after the rebuild", lines.get(9));
        assertEquals("   11.0  first offer decided", lines.get(10));
        assertTrue(lines.stream().noneMatch(line -> line.contains("warmed up")), "the warm-up follows the first offer");
    }

    @Test
    void saysWhatTheLogLacks(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("service.log");
        Files.write(log, List.of("2026-12-05 21:47:30,000 INFO  [io.quarkus] (main) starting"));
        Instant killed = at("2026-12-05T21:47:27");
        String timeline = RestartTimeline.read(log, killed, killed, null).render("");
        assertTrue(timeline.contains("-  engine rebuilt (not in the log)"), timeline);
        assertTrue(timeline.contains("never  first offer decided"), timeline);
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(ZoneId.systemDefault()).toInstant();
    }
}
