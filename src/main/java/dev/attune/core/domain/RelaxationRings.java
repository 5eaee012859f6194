package dev.attune.core.domain;

import java.util.List;

/**
 * A product's rings, checked as a whole: the first starts at 0 s, each later ring starts later and asks no
 * more than the one before, none asks less than the catalogue minimum, and the last ring on the product's skill
 * reaches it, so a caller is never left without the agents the catalogue allows. An overflow ring may follow as
 * the very last ring, on another skill. No rings: the catalogue minimum from the start.
 */
public final class RelaxationRings {
    private RelaxationRings() {
    }

    /** The rings as given, or an exception naming the field ({@code rings[i].afterSeconds}) that breaks a rule. */
    public static List<RelaxationRing> check(List<RelaxationRing> rings, int catalogueMinimum) {
        return check(rings, catalogueMinimum, null);
    }

    /** As {@link #check(List, int)}, also refusing an overflow ring on the product's own skill. */
    public static List<RelaxationRing> check(List<RelaxationRing> rings, int catalogueMinimum, String productSkill) {
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
            if (i > 0 && ring.afterSeconds() <= rings.get(i - 1).afterSeconds()) {
                throw new IllegalArgumentException("rings[" + i + "].afterSeconds must be after rings[" + (i - 1)
                        + "]'s " + rings.get(i - 1).afterSeconds() + ", was " + ring.afterSeconds());
            }
            if (ring.isOverflow()) {
                checkOverflow(rings, i, productSkill);
            } else {
                checkOwnSkill(rings, i, catalogueMinimum);
            }
        }
        int lastOwn = rings.get(rings.size() - 1).isOverflow() ? rings.size() - 2 : rings.size() - 1;
        int last = rings.get(lastOwn).minimumProficiency();
        if (last != catalogueMinimum) {
            throw new IllegalArgumentException("rings[" + lastOwn + "].minimumProficiency must reach the"
                    + " product's minimumProficiency " + catalogueMinimum + ", was " + last);
        }
        return List.copyOf(rings);
    }

    private static void checkOwnSkill(List<RelaxationRing> rings, int i, int catalogueMinimum) {
        RelaxationRing ring = rings.get(i);
        if (ring.minimumProficiency() < catalogueMinimum) {
            throw new IllegalArgumentException("rings[" + i + "].minimumProficiency must be at least the product's"
                    + " minimumProficiency " + catalogueMinimum + ", was " + ring.minimumProficiency());
        }
        if (i > 0 && ring.minimumProficiency() > rings.get(i - 1).minimumProficiency()) {
            throw new IllegalArgumentException("rings[" + i + "].minimumProficiency must not rise above rings["
                    + (i - 1) + "]'s " + rings.get(i - 1).minimumProficiency() + ", was " + ring.minimumProficiency());
        }
    }

    private static void checkOverflow(List<RelaxationRing> rings, int i, String productSkill) {
        if (i != rings.size() - 1) {
            throw new IllegalArgumentException("rings[" + i + "].overflowSkill is allowed on the last ring only");
        }
        if (i == 0) {
            throw new IllegalArgumentException("rings[0].overflowSkill needs a ring on the product's own skill before it");
        }
        if (rings.get(i).overflowSkill().equals(productSkill)) {
            throw new IllegalArgumentException("rings[" + i + "].overflowSkill must differ from the product's"
                    + " requiredSkill " + productSkill + " (widen a ring's minimumProficiency instead)");
        }
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
