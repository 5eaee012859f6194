package dev.attune.simulation.whatif;

import dev.attune.simulation.day.PatienceModel;
import dev.attune.simulation.trace.AnonymousBankLog;
import dev.attune.simulation.trace.CallLog;
import dev.attune.simulation.trace.SyntheticDay;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The calls a what-if replays: the first days of the Anonymous Bank log when it is there (or asked for),
 * else the synthetic weekday. The log is parsed once per file and kept, since every job replays it.
 *
 * @param callLog   auto, synthetic, january, february, or a path to a log file
 * @param days      days of a real log to replay
 * @param data      the Anonymous Bank folder
 * @param configDir config/, for the synthetic day
 */
public record WhatIfDay(String callLog, int days, Path data, Path configDir) {
    private static final Map<Path, CallLog> PARSED = new ConcurrentHashMap<>();

    /** A day ready to replay, and what to call it on the screen. */
    record Loaded(CallLog log, PatienceModel patience, String description, boolean synthetic) {
    }

    /** @param seed draws the synthetic day's calls (a real log is the same whatever the seed) */
    Loaded load(long seed) {
        Path file = logFile();
        if (file == null) {
            SyntheticDay day = SyntheticDay.read(configDir.resolve("simulation/synthetic-day.json"));
            CallLog log = day.generate(seed);
            return new Loaded(log, new PatienceModel(day.meanPatienceSeconds()), String.format(Locale.ROOT,
                    "synthetic weekday (%,d calls, %d agents)", log.callCount(), log.agents().size()), true);
        }
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("no call log at " + file.toAbsolutePath().normalize()
                    + " (set attune.what-if.call-log=synthetic, or attune.what-if.data to the Anonymous Bank folder)");
        }
        CallLog log = PARSED.computeIfAbsent(file.toAbsolutePath().normalize(), AnonymousBankLog::read).onlyDays(days);
        return new Loaded(log, PatienceModel.fromLog(log), String.format(Locale.ROOT,
                "Anonymous Bank call log, %s 1999, first %d day%s (%,d calls, %d agents; data: Technion SEE lab, "
                        + "Guedj & Mandelbaum)", log.name(), log.days().size(), log.days().size() == 1 ? "" : "s",
                log.callCount(), log.agents().size()), false);
    }

    /** The log file to replay, null for the synthetic day. */
    private Path logFile() {
        return switch (callLog.toLowerCase(Locale.ROOT)) {
            case "synthetic" -> null;
            case "auto" -> Files.isRegularFile(data.resolve("january.txt")) ? data.resolve("january.txt") : null;
            case "january", "february" -> data.resolve(callLog.toLowerCase(Locale.ROOT) + ".txt");
            default -> Path.of(callLog);
        };
    }
}
