package dev.attune.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Every log line the service writes while open, as a log collector would get it: the formatted message plus
 * each exception of the chain (class and message) and its stack trace's frames.
 */
public final class CapturedLog extends Handler implements AutoCloseable {
    private final List<String> lines = new CopyOnWriteArrayList<>();

    public static CapturedLog start() {
        CapturedLog log = new CapturedLog();
        Logger.getLogger("").addHandler(log);
        return log;
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void publish(LogRecord record) {
        StringBuilder line = new StringBuilder(record instanceof org.jboss.logmanager.ExtLogRecord ext
                ? String.valueOf(ext.getFormattedMessage()) : String.valueOf(record.getMessage()));
        List<Throwable> seen = new ArrayList<>();
        for (Throwable t = record.getThrown(); t != null && !seen.contains(t); t = t.getCause()) {
            seen.add(t);
            line.append(" | ").append(t);
            for (Throwable suppressed : t.getSuppressed()) {
                line.append(" | suppressed ").append(suppressed);
            }
            if (t instanceof java.sql.SQLException sql && sql.getNextException() != null) {
                line.append(" | next ").append(sql.getNextException());
            }
        }
        lines.add(line.toString());
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(this);
    }
}
