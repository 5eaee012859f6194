package dev.attune.core.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * A product or intent a caller comes about (401K_ROLLOVER, FRAUD_DISPUTE, ...). Products come from the
 * catalogue in config/, never from an enum, so a workforce manager can add one without a release.
 *
 * @param baseStakes how much a call about this product matters to the customer before anything else is known, in [0,1]
 * @param baseDistress the distress assumed for a caller about this product before any emotion estimate arrives, in [0,1]
 */
public record Product(
        String code,
        String label,
        String requiredSkill,
        int minimumProficiency,
        String requiredLicence,
        double baseStakes,
        double baseDistress,
        ServiceLevelTarget serviceLevel) {

    public Product {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(requiredSkill, "requiredSkill");
        Objects.requireNonNull(serviceLevel, "serviceLevel");
        Proficiency.check(minimumProficiency);
        Unit.check("baseStakes", baseStakes);
        Unit.check("baseDistress", baseDistress);
        if (requiredLicence != null && requiredLicence.isBlank()) {
            requiredLicence = null;
        }
    }

    public Optional<String> licence() {
        return Optional.ofNullable(requiredLicence);
    }
}
