package dev.attune.simulation.trace;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Reads a month of the Anonymous Bank call log (Technion SEE lab, Guedj and Mandelbaum: one row per call,
 * 17 tab-separated fields, CRLF or LF line ends). Defective rows are counted in {@link LogDefects} and
 * either kept (the defect does not touch what the replay uses) or skipped; the loader never throws on a
 * row. PHANTOM calls (virtual calls) are dropped, and so are callers who hung up in the IVR before
 * queueing: no routing policy ever saw them.
 */
public final class AnonymousBankLog {
    /** The log's call types; anything else (two stray "AA" rows in January) is reported and skipped. */
    public static final Set<String> TYPES = Set.of("PS", "PE", "IN", "NE", "NW", "TT");
    static final int FIELDS = 17;
    static final String NO_SERVER = "NO_SERVER";

    public static final String WRONG_FIELD_COUNT = "wrong field count (skipped)";
    public static final String UNREADABLE = "unreadable number, date or time (skipped)";
    public static final String UNKNOWN_TYPE = "unknown call type (skipped)";
    public static final String UNKNOWN_OUTCOME = "unknown outcome (skipped)";
    public static final String PHANTOM = "PHANTOM virtual call (dropped)";
    public static final String HUNG_UP_IN_IVR = "hung up in the IVR before queueing (not routed)";
    public static final String SERVED_BY_NO_SERVER = "AGENT outcome with NO_SERVER (kept, no staffing credit)";
    public static final String NEGATIVE_VRU_TIME = "negative vru_time (kept, field unused)";
    public static final String NEGATIVE_DURATION = "negative queue or service time (skipped)";

    private AnonymousBankLog() {
    }

    public static CallLog read(Path file) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            String name = file.getFileName().toString().replaceFirst("\\.txt$", "");
            return read(name, reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read call log " + file + ": " + e.getMessage(), e);
        }
    }

    static CallLog read(String name, BufferedReader reader) throws IOException {
        LogDefects defects = new LogDefects();
        SortedMap<LocalDate, List<LoggedCall>> days = new TreeMap<>();
        SortedMap<LocalDate, Map<String, BitSet>> staffing = new TreeMap<>();
        Map<String, Map<String, Integer>> typesServed = new TreeMap<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            if (number == 1 && line.startsWith("vru+line")) {
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            LoggedCall call = parse(line, number, defects);
            if (call == null) {
                continue;
            }
            days.computeIfAbsent(call.date(), d -> new ArrayList<>()).add(call);
            if (call.server() != null) {
                typesServed.computeIfAbsent(call.server(), s -> new TreeMap<>()).merge(call.type(), 1, Integer::sum);
                BitSet slots = staffing.computeIfAbsent(call.date(), d -> new TreeMap<>())
                        .computeIfAbsent(call.server(), s -> new BitSet(CallLog.SLOTS_PER_DAY));
                double start = call.queueEntry() + call.queueTime();
                double end = start + call.serviceTime();
                int first = (int) Math.floor(start / CallLog.SLOT_SECONDS);
                int last = (int) Math.floor(Math.max(start, end - 1e-9) / CallLog.SLOT_SECONDS);
                slots.set(Math.max(0, first), Math.min(CallLog.SLOTS_PER_DAY, last + 1));
            }
        }
        for (List<LoggedCall> calls : days.values()) {
            calls.sort((a, b) -> Double.compare(a.queueEntry(), b.queueEntry()));
        }
        return new CallLog(name, days, staffing, typesServed, defects);
    }

    /** One row, or null when it is skipped or not routed (noted in {@code defects}). */
    static LoggedCall parse(String line, int number, LogDefects defects) {
        String[] f = line.split("\t", -1);
        if (f.length != FIELDS) {
            defects.note(WRONG_FIELD_COUNT, number);
            return null;
        }
        String outcome = f[12].trim();
        if (outcome.equals("PHANTOM")) {
            defects.note(PHANTOM, number);
            return null;
        }
        if (!outcome.equals("AGENT") && !outcome.equals("HANG")) {
            defects.note(UNKNOWN_OUTCOME, number);
            return null;
        }
        String type = f[4].trim();
        if (!TYPES.contains(type)) {
            defects.note(UNKNOWN_TYPE, number);
            return null;
        }
        try {
            long callId = Long.parseLong(f[1].trim());
            int priority = Integer.parseInt(f[3].trim());
            LocalDate date = date(f[5].trim());
            double vruExit = seconds(f[7]);
            if (Integer.parseInt(f[8].trim()) < 0) {
                defects.note(NEGATIVE_VRU_TIME, number);
            }
            double queueStart = seconds(f[9]);
            double queueTime = Double.parseDouble(f[11].trim());
            double serviceStart = seconds(f[13]);
            double serviceTime = Double.parseDouble(f[15].trim());
            String server = f[16].trim();
            boolean queued = queueStart > 0 || queueTime > 0;
            if (queueTime < 0 || serviceTime < 0) {
                defects.note(NEGATIVE_DURATION, number);
                return null;
            }
            if (outcome.equals("HANG")) {
                if (!queued) {
                    defects.note(HUNG_UP_IN_IVR, number);
                    return null;
                }
                return new LoggedCall(date, callId, queueStart, type, priority, true, queueTime, Double.NaN, null);
            }
            if (server.equals(NO_SERVER) || server.isEmpty()) {
                defects.note(SERVED_BY_NO_SERVER, number);
                server = null;
            }
            double entry = queued ? queueStart : Math.min(vruExit, serviceStart);
            double wait = queued ? queueTime : Math.max(0, serviceStart - entry);
            return new LoggedCall(date, callId, entry, type, priority, false, wait, Math.max(1, serviceTime), server);
        } catch (RuntimeException e) {
            defects.note(UNREADABLE, number);
            return null;
        }
    }

    /** YYMMDD, the log's two-digit years being 1999. */
    static LocalDate date(String yymmdd) {
        if (yymmdd.length() != 6) {
            throw new IllegalArgumentException("date must be YYMMDD: " + yymmdd);
        }
        int yy = Integer.parseInt(yymmdd.substring(0, 2));
        return LocalDate.of(yy < 50 ? 2000 + yy : 1900 + yy, Integer.parseInt(yymmdd.substring(2, 4)),
                Integer.parseInt(yymmdd.substring(4, 6)));
    }

    /** H:MM:SS to seconds after midnight. */
    static double seconds(String hms) {
        String[] parts = hms.trim().split(":");
        if (parts.length != 3) {
            throw new IllegalArgumentException("time must be H:MM:SS: " + hms);
        }
        return Integer.parseInt(parts[0]) * 3600.0 + Integer.parseInt(parts[1]) * 60.0 + Integer.parseInt(parts[2]);
    }

    /** Where the log lives unless told otherwise: shared/data beside the project, as data/README.md says. */
    public static Path defaultFolder() {
        return Path.of("..", "shared", "data", "anonymous-bank");
    }

    public static Map<String, Path> months(Path folder) {
        Map<String, Path> out = new HashMap<>();
        for (String month : List.of("january", "february")) {
            Path file = folder.resolve(month + ".txt");
            if (Files.isRegularFile(file)) {
                out.put(month, file);
            }
        }
        return out;
    }
}
