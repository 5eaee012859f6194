package dev.attune.rest;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A roster as a WFM tool exports it: one agent per line under a header naming the columns (any order, any
 * case, spaces or underscores: "Agent ID" = "agent_id"). Lists inside a cell are separated by ';' or '|';
 * skills are {@code SKILL:level}; capacity is {@code channel:n} pairs in one {@code capacity} column (a bare
 * number is voice) or one {@code capacity_<channel>} column per channel. Cells are only parsed here; their
 * bounds are {@link AgentRequest}'s, checked by the import like any other request.
 */
final class RosterCsv {
    static final List<String> CHANNELS = List.of("voice", "chat", "email", "callback");
    private static final List<String> REQUIRED = List.of("agentid", "pool", "skills", "languages", "empathy");
    private static final String LIST_SEPARATORS = "[;|]";

    /** One agent line: the request it amounts to (capacity per channel included) and where it is in the file. */
    record Line(long number, AgentRequest request) {
    }

    /** A problem with one line's field ("line 7, empathy: ..."); line 1 is the header. */
    record LineError(long line, String field, String message) {
        String describe() {
            return "line " + line + ", " + field + ": " + message;
        }
    }

    record Parsed(List<Line> lines, List<LineError> errors) {
    }

    private RosterCsv() {
    }

    static Parsed read(String text, int maxLines) {
        List<Line> lines = new ArrayList<>();
        List<LineError> errors = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).setAllowMissingColumnNames(true).get();
        String body = stripBom(text);
        LineCounter counter = new LineCounter(body);
        try (CSVParser parser = CSVParser.parse(new StringReader(body), format)) {
            Map<String, String> columns = columns(parser.getHeaderNames());
            for (String required : REQUIRED) {
                if (!columns.containsKey(required)) {
                    errors.add(new LineError(1, required, "missing column (the header needs agent_id, pool, skills, "
                            + "languages and empathy)"));
                }
            }
            if (!errors.isEmpty()) {
                return new Parsed(lines, errors);
            }
            for (CSVRecord record : parser) {
                long number = counter.at(record.getCharacterPosition());
                if (lines.size() + errors.size() >= maxLines) {
                    errors.add(new LineError(number, "file", "more than " + maxLines + " agent lines; split the file"));
                    break;
                }
                Line line = line(number, record, columns, errors);
                if (line != null) {
                    lines.add(line);
                }
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            errors.add(new LineError(0, "file", "not a readable CSV file: " + e.getMessage()));
        }
        return new Parsed(lines, errors);
    }

    /** Normalised column name ("agentid", "capacityvoice") to the header as written. */
    private static Map<String, String> columns(List<String> header) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (String name : header) {
            columns.putIfAbsent(name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", ""), name);
        }
        return columns;
    }

    private static Line line(long number, CSVRecord record, Map<String, String> columns, List<LineError> errors) {
        int before = errors.size();
        Cells cells = new Cells(number, record, columns, errors);
        Map<String, Integer> capacity = cells.capacity();
        AgentRequest request = new AgentRequest(cells.text("agentid"), cells.text("pool"), cells.text("displayname"),
                cells.skills(), cells.set("languages"), cells.set("licences"), cells.number("empathy"),
                capacity.isEmpty() ? null : CapacityField.of(capacity), null);
        return errors.size() > before ? null : new Line(number, request);
    }

    /** The file line a record starts on (1 is the header), right across quoted line breaks and blank lines. */
    private static final class LineCounter {
        private final String text;
        private int position;
        private long line = 1;

        LineCounter(String text) {
            this.text = text;
        }

        /** Records come in order, so counting goes on from the previous one: linear in the file. */
        long at(long recordStart) {
            for (; position < recordStart && position < text.length(); position++) {
                if (text.charAt(position) == '\n') {
                    line++;
                }
            }
            return line;
        }
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** One record's cells by normalised column name, each parse error recorded against its line and column. */
    private record Cells(long number, CSVRecord record, Map<String, String> columns, List<LineError> errors) {
        String text(String column) {
            String header = columns.get(column);
            if (header == null || !record.isSet(header)) {
                return null;
            }
            String value = record.get(header);
            return value.isEmpty() ? null : value;
        }

        Set<String> set(String column) {
            String value = text(column);
            Set<String> items = new LinkedHashSet<>();
            if (value != null) {
                for (String item : value.split(LIST_SEPARATORS)) {
                    if (!item.isBlank()) {
                        items.add(item.trim());
                    }
                }
            }
            return items;
        }

        Map<String, Integer> skills() {
            return pairs("skills", set("skills"));
        }

        Double number(String column) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            try {
                return Double.valueOf(value);
            } catch (NumberFormatException e) {
                errors.add(new LineError(number, column, "'" + value + "' is not a number"));
                return null;
            }
        }

        Map<String, Integer> capacity() {
            Map<String, Integer> capacity = new LinkedHashMap<>();
            String single = text("capacity");
            if (single != null && single.matches("\\d{1,9}")) {
                capacity.put("voice", Integer.valueOf(single));
            } else if (single != null) {
                capacity.putAll(pairs("capacity", set("capacity")));
            }
            for (String channel : CHANNELS) {
                String value = text("capacity" + channel);
                if (value != null) {
                    capacity.putAll(pairs("capacity_" + channel, Set.of(channel + ":" + value)));
                }
            }
            for (Map.Entry<String, Integer> entry : capacity.entrySet()) {
                if (!CHANNELS.contains(entry.getKey())) {
                    errors.add(new LineError(number, "capacity", "unknown channel '" + entry.getKey()
                            + "' (channels: " + String.join(", ", CHANNELS) + ")"));
                } else if (entry.getValue() > 20) {
                    errors.add(new LineError(number, "capacity", entry.getKey() + " must be 0 to 20, was "
                            + entry.getValue()));
                }
            }
            return capacity;
        }

        /** "NAME:n" items to a map; a malformed item is an error naming the column. */
        private Map<String, Integer> pairs(String column, Set<String> items) {
            Map<String, Integer> pairs = new LinkedHashMap<>();
            for (String item : items) {
                String[] parts = item.split("[:=]", 2);
                if (parts.length != 2 || parts[0].isBlank() || !parts[1].trim().matches("\\d{1,9}")) {
                    errors.add(new LineError(number, column, "'" + item + "' is not NAME:number"));
                } else {
                    String name = parts[0].trim();
                    pairs.put(column.startsWith("capacity") ? name.toLowerCase(Locale.ROOT) : name,
                            Integer.valueOf(parts[1].trim()));
                }
            }
            return pairs;
        }
    }
}
