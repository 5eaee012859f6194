package dev.attune.core.domain;

/**
 * One ring of a product's bullseye: from {@code afterSeconds} of waiting, agents with the product's skill at
 * {@code minimumProficiency} or above may take the call. A product's rings widen with the wait (the next ring
 * starts later and asks less) down to the catalogue minimum, which stays the floor for the product's skill.
 * <p>
 * An overflow ring ({@code overflowSkill} set, only as the last ring) widens past the product's own skill: from
 * {@code afterSeconds}, agents with {@code overflowSkill} at {@code minimumProficiency} or above may take the call
 * too (an overflow group, such as senior generalists), besides everyone the catalogue minimum admits. Language and
 * licence still apply to them.
 */
public record RelaxationRing(int afterSeconds, int minimumProficiency, String overflowSkill) {

    public RelaxationRing {
        if (afterSeconds < 0) {
            throw new IllegalArgumentException("afterSeconds must not be negative, was " + afterSeconds);
        }
        Proficiency.check(minimumProficiency);
        if (overflowSkill != null && overflowSkill.isBlank()) {
            overflowSkill = null;
        }
        overflowSkill = overflowSkill == null ? null : overflowSkill.intern(); // as Product's required skill
    }

    /** A ring on the product's own skill. */
    public RelaxationRing(int afterSeconds, int minimumProficiency) {
        this(afterSeconds, minimumProficiency, null);
    }

    /** An overflow ring: from {@code afterSeconds}, agents with {@code skill} at {@code minimumProficiency} too. */
    public static RelaxationRing overflow(int afterSeconds, String skill, int minimumProficiency) {
        return new RelaxationRing(afterSeconds, minimumProficiency, skill);
    }

    public boolean isOverflow() {
        return overflowSkill != null;
    }
}
