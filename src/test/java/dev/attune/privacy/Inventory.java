package dev.attune.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** docs/privacy.md's table "Where each identifying value may appear": per test marker, its columns and whether logged. */
final class Inventory {
    static final Map<String, Set<String>> COLUMNS = new HashMap<>();
    static final Set<String> LOGGED = new HashSet<>();
    private static final String HEADING = "### Where each identifying value may appear";
    private static final Pattern KIND = Pattern.compile("\\(`([a-z]+)`\\)");
    private static final Pattern COLUMN = Pattern.compile("`([a-z_]+\\.[a-z_]+)`");

    static {
        List<String> lines;
        try {
            lines = Files.readAllLines(Path.of("docs/privacy.md"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int start = lines.indexOf(HEADING);
        if (start < 0) {
            throw new IllegalStateException("docs/privacy.md lacks " + HEADING);
        }
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("#")) {
                break;
            }
            String[] cells = line.split("\\|");
            Matcher kind = cells.length > 4 ? KIND.matcher(cells[1]) : null;
            if (kind == null || !kind.find()) {
                continue;
            }
            Set<String> columns = new HashSet<>();
            Matcher column = COLUMN.matcher(cells[3]);
            while (column.find()) {
                columns.add(column.group(1));
            }
            COLUMNS.put(kind.group(1), columns);
            if (cells[4].trim().equals("yes")) {
                LOGGED.add(kind.group(1));
            }
        }
        if (COLUMNS.size() < 8) {
            throw new IllegalStateException("docs/privacy.md's inventory table lists " + COLUMNS.keySet());
        }
    }

    private Inventory() {
    }
}
