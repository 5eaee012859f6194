package dev.attune.core.domain;

/**
 * One ring of a product's bullseye: from {@code afterSeconds} of waiting, agents with the product's skill at
 * {@code minimumProficiency} or above may take the call. A product's rings widen with the wait (the next ring
 * starts later and asks less) down to the catalogue minimum, which stays the hard floor.
 */
public record RelaxationRing(int afterSeconds, int minimumProficiency) {

    public RelaxationRing {
        if (afterSeconds < 0) {
            throw new IllegalArgumentException("afterSeconds must not be negative, was " + afterSeconds);
        }
        Proficiency.check(minimumProficiency);
    }
}
