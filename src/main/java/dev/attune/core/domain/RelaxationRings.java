package dev.attune.core.domain;

import java.util.List;

/**
 * A product's rings, checked as a whole: the first starts at 0 s, each later ring starts later and asks no
 * more than the one before, none asks less than the catalogue minimum, and the last reaches it, so a caller
 * is never left without the agents the catalogue allows. No rings: the catalogue minimum from the start.
 */
public final class RelaxationRings {
    private RelaxationRings() {
    }

    /** The rings as given, or an exception naming the field ({@code rings[i].afterSeconds}) that breaks a rule. */
    public static List<RelaxationRing> check(List<RelaxationRing> rings, int catalogueMinimum) {
        if (rings == null || rings.isEmpty()) {
            return List.of();
        }
        for (int i = 0; i < rings.size(); i++) {
            RelaxationRing ring = rings.get(i);
            if (ring == null) {
                throw new IllegalArgumentException("rings[" + i + "] must not be null");
            }
            if (i == 0 && ring.afterSeconds() != 0) {
                throw new IllegalArgumentException("rings[0].afterSeconds must be 0, was " + ring.afterSeconds());
            }
            if (ring.minimumProficiency() < catalogueMinimum) {
                throw new IllegalArgumentException("rings[" + i + "].minimumProficiency must be at least the product's"
                        + " minimumProficiency " + catalogueMinimum + ", was " + ring.minimumProficiency());
            }
            if (i > 0) {
                RelaxationRing before = rings.get(i - 1);
                if (ring.afterSeconds() <= before.afterSeconds()) {
                    throw new IllegalArgumentException("rings[" + i + "].afterSeconds must be after rings[" + (i - 1)
                            + "]'s " + before.afterSeconds() + ", was " + ring.afterSeconds());
                }
                if (ring.minimumProficiency() > before.minimumProficiency()) {
                    throw new IllegalArgumentException("rings[" + i + "].minimumProficiency must not rise above rings["
                            + (i - 1) + "]'s " + before.minimumProficiency() + ", was " + ring.minimumProficiency());
                }
            }
        }
        int last = rings.get(rings.size() - 1).minimumProficiency();
        if (last != catalogueMinimum) {
            throw new IllegalArgumentException("rings[" + (rings.size() - 1) + "].minimumProficiency must reach the"
                    + " product's minimumProficiency " + catalogueMinimum + ", was " + last);
        }
        return List.copyOf(rings);
    }

    /** The index of the ring in force after {@code waitSeconds} of waiting, -1 without rings. */
    public static int indexAt(List<RelaxationRing> rings, long waitSeconds) {
        int index = -1;
        for (int i = 0; i < rings.size() && rings.get(i).afterSeconds() <= waitSeconds; i++) {
            index = i;
        }
        return index;
    }
}
