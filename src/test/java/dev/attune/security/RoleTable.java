package dev.attune.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The allowed/denied table of docs/security.md, read from the doc itself so the doc and the test agree. */
record RoleTable(List<String> roles, List<Row> rows) {
    static final Path DOC = Path.of("docs/security.md");

    /** One endpoint: what a request without a token gets (401, sign-in, open) and whether each role may call it. */
    record Row(String method, String path, String withoutToken, Map<String, Boolean> allowed) {
        String endpoint() {
            return method + " " + path;
        }
    }

    static RoleTable read() throws IOException {
        List<String> lines = Files.readAllLines(DOC);
        int start = lines.indexOf("## Role table");
        if (start < 0) {
            throw new IllegalStateException(DOC + " has no '## Role table' section");
        }
        List<String> roles = null;
        List<Row> rows = new ArrayList<>();
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("## ")) {
                break;
            }
            if (!line.startsWith("|") || line.startsWith("|---")) {
                continue;
            }
            List<String> cells = cells(line);
            if (cells.get(0).equals("method")) {
                roles = cells.subList(3, cells.size());
                continue;
            }
            if (roles == null) {
                throw new IllegalStateException("the role table has no header row");
            }
            Map<String, Boolean> allowed = new LinkedHashMap<>();
            for (int i = 0; i < roles.size(); i++) {
                allowed.put(roles.get(i), yesOrNo(cells.get(3 + i), line));
            }
            rows.add(new Row(cells.get(0), cells.get(1).replace("`", ""), cells.get(2), allowed));
        }
        return new RoleTable(roles, rows);
    }

    private static List<String> cells(String line) {
        String inner = line.strip().substring(1, line.strip().length() - 1);
        List<String> cells = new ArrayList<>();
        for (String cell : inner.split("\\|")) {
            cells.add(cell.strip());
        }
        return cells;
    }

    private static boolean yesOrNo(String cell, String line) {
        return switch (cell) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw new IllegalStateException("a role cell must be yes or no: " + line);
        };
    }
}
