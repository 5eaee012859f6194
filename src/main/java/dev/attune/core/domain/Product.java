package dev.attune.core.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A product or intent a caller comes about (401K_ROLLOVER, FRAUD_DISPUTE, ...). Products come from the
 * catalogue in config/, never from an enum, so a workforce manager can add one without a release.
 *
 * @param baseStakes how much a call about this product matters to the customer before anything else is known, in [0,1]
 * @param baseDistress the distress assumed for a caller about this product before any emotion estimate arrives, in [0,1]
 * @param rings        the bullseye: minimum proficiency by wait, widening to {@code minimumProficiency}; empty: none
 */
public record Product(
        String code,
        String label,
        String requiredSkill,
        int minimumProficiency,
        String requiredLicence,
        double baseStakes,
        double baseDistress,
        ServiceLevelTarget serviceLevel,
        List<RelaxationRing> rings) {

    /** A product without relaxation rings: the catalogue minimum applies from the first second. */
    public Product(String code, String label, String requiredSkill, int minimumProficiency, String requiredLicence,
            double baseStakes, double baseDistress, ServiceLevelTarget serviceLevel) {
        this(code, label, requiredSkill, minimumProficiency, requiredLicence, baseStakes, baseDistress, serviceLevel,
                List.of());
    }

    public Product {
        Objects.requireNonNull(code, "code");
        // the same instance as every agent profile's key (AgentProfile interns them too): the lookup of a candidate's
        // proficiency, made for every free agent of every call, then never reads the agent's key (session 17)
        requiredSkill = Objects.requireNonNull(requiredSkill, "requiredSkill").intern();
        Objects.requireNonNull(serviceLevel, "serviceLevel");
        Proficiency.check(minimumProficiency);
        Unit.check("baseStakes", baseStakes);
        Unit.check("baseDistress", baseDistress);
        if (requiredLicence != null && requiredLicence.isBlank()) {
            requiredLicence = null;
        }
        rings = RelaxationRings.check(rings, minimumProficiency, requiredSkill);
    }

    /** The proficiency a call that has waited {@code waitSeconds} needs: its ring's, else the catalogue minimum. */
    public int minimumProficiencyAfter(long waitSeconds) {
        int ring = RelaxationRings.indexAt(rings, waitSeconds);
        return ring < 0 || rings.get(ring).isOverflow() ? minimumProficiency : rings.get(ring).minimumProficiency();
    }

    /** Whether the ring in force after {@code waitSeconds} admits the agent's skills (own skill or overflow). */
    public boolean ringAdmits(AgentProfile profile, long waitSeconds) {
        if (profile.proficiency(requiredSkill) >= minimumProficiencyAfter(waitSeconds)) {
            return true;
        }
        int ring = RelaxationRings.indexAt(rings, waitSeconds);
        return ring >= 0 && overflowAdmits(rings.get(ring), profile);
    }

    /**
     * The proficiency in {@link #overflowSkill()} that admits an agent after {@code waitSeconds}: the overflow ring's
     * once it is in force, else more than any agent has. With {@link #minimumProficiencyAfter} it is
     * {@link #ringAdmits} for a caller that keeps agents' proficiencies beside their records.
     */
    public int overflowMinimumAfter(long waitSeconds) {
        int ring = RelaxationRings.indexAt(rings, waitSeconds);
        return ring >= 0 && rings.get(ring).isOverflow() ? rings.get(ring).minimumProficiency() : Integer.MAX_VALUE;
    }

    /** The skill of the product's overflow ring (only ever its last ring); null when it has none. */
    public String overflowSkill() {
        return rings.isEmpty() ? null : rings.get(rings.size() - 1).overflowSkill();
    }

    /** Whether any ring, at some wait, admits the agent's skills: the catalogue minimum or the overflow ring. */
    public boolean skillsAdmit(AgentProfile profile) {
        return profile.proficiency(requiredSkill) >= minimumProficiency
                || (!rings.isEmpty() && overflowAdmits(rings.get(rings.size() - 1), profile));
    }

    private static boolean overflowAdmits(RelaxationRing ring, AgentProfile profile) {
        return ring.isOverflow() && profile.proficiency(ring.overflowSkill()) >= ring.minimumProficiency();
    }

    /** Seconds from {@code waitSeconds} until the next ring widens, or -1 when no wider ring is left. */
    public long secondsToNextRing(long waitSeconds) {
        int next = RelaxationRings.indexAt(rings, waitSeconds) + 1;
        return next < rings.size() && next > 0 ? rings.get(next).afterSeconds() - waitSeconds : -1;
    }

    public Optional<String> licence() {
        return Optional.ofNullable(requiredLicence);
    }
}
