package dev.attune.rest;

import dev.attune.core.domain.Product;
import dev.attune.core.domain.RelaxationRing;
import dev.attune.core.domain.RelaxationRings;
import dev.attune.core.domain.ServiceLevelTarget;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A catalogue product as a workforce manager adds or replaces it: the fields of config/catalogue.json. Read
 * with {@link StrictJson}, so a misspelt field is refused rather than defaulted.
 *
 * @param reason why the change is made, kept in the product's history
 */
@Schema(name = "ProductRequest")
public record ProductRequest(
        @NotBlank @Size(max = 200) String label,
        @NotBlank @Size(max = 64) String requiredSkill,
        @NotNull @Min(1) @Max(5) Integer minimumProficiency,
        @Size(max = 64) String requiredLicence,
        @NotNull @DecimalMin("0") @DecimalMax("1") Double baseStakes,
        @NotNull @DecimalMin("0") @DecimalMax("1") Double baseDistress,
        @NotNull @Valid ServiceLevel serviceLevel,
        @Size(max = 10) List<@NotNull @Valid Ring> rings,
        @Size(max = 1000) String reason) {

    /**
     * One relaxation ring: from {@code afterSeconds} of waiting, agents at {@code minimumProficiency} or above in the
     * product's skill, or, for an overflow ring (last only), in {@code overflowSkill}.
     */
    public record Ring(
            @NotNull @Min(0) @Max(3600) Integer afterSeconds,
            @NotNull @Min(1) @Max(5) Integer minimumProficiency,
            @Size(max = 64) String overflowSkill) {
    }

    /** "80% within 20 s": the share of calls to answer within the threshold. */
    public record ServiceLevel(
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") Double share,
            @NotNull @Min(1) @Max(3600) Integer thresholdSeconds) {
    }

    Product toProduct(String code) {
        List<RelaxationRing> checked = checkedRings();
        return InvalidRequestException.build(() -> new Product(code, label, requiredSkill, minimumProficiency,
                requiredLicence, baseStakes, baseDistress,
                new ServiceLevelTarget(serviceLevel.share(), serviceLevel.thresholdSeconds()), checked));
    }

    /** The rings, or a 400 naming the ring field at fault ("rings[1].afterSeconds"). */
    private List<RelaxationRing> checkedRings() {
        List<RelaxationRing> asked = rings == null ? List.of()
                : rings.stream().map(r -> new RelaxationRing(r.afterSeconds(), r.minimumProficiency(), r.overflowSkill()))
                        .toList();
        try {
            return RelaxationRings.check(asked, minimumProficiency, requiredSkill);
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            int space = message.indexOf(' ');
            throw new InvalidRequestException(message.substring(0, space), message.substring(space + 1));
        }
    }
}
