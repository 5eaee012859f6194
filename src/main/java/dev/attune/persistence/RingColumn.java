package dev.attune.persistence;

import dev.attune.core.domain.RelaxationRing;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A product's rings in its column: "afterSeconds:minimumProficiency" pairs in wait order, an overflow ring with its
 * skill as a third part ("0:4,30:2,90:4:GENERAL").
 */
final class RingColumn {
    private RingColumn() {
    }

    static String write(List<RelaxationRing> rings) {
        return rings == null || rings.isEmpty() ? null
                : rings.stream().map(r -> r.afterSeconds() + ":" + r.minimumProficiency()
                        + (r.isOverflow() ? ":" + r.overflowSkill() : ""))
                        .collect(Collectors.joining(","));
    }

    static List<RelaxationRing> read(String column) {
        List<RelaxationRing> rings = new ArrayList<>();
        if (column == null || column.isBlank()) {
            return rings;
        }
        for (String pair : column.split(",")) {
            String[] parts = pair.trim().split(":");
            rings.add(new RelaxationRing(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
                    parts.length > 2 ? parts[2] : null));
        }
        return rings;
    }
}
