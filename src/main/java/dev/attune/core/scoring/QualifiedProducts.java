package dev.attune.core.scoring;

import dev.attune.core.domain.AgentProfile;
import dev.attune.core.domain.Product;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which of the catalogue's products an agent qualifies for by the product's skill at its minimum and its licence:
 * the products whose expected high-care callers make up the agent's {@link EmpathyReserve}. Worked out once per
 * profile for the profiles it is made with, because the decider asks for the reserve of every top-quartile agent
 * for every routine call, and checking each product's skill and licence there was 6-7% of the routing thread
 * (docs/load-test.md, session 22). A profile is immutable, so its answer holds while the catalogue does. Immutable
 * once made, so the planner's threads may read it too; a profile it was not made with is worked out when asked.
 */
public final class QualifiedProducts {
    private final List<Product> products;
    /** By identity: a profile's equals would compare every field, and two equal profiles get the same answer. */
    private final Map<AgentProfile, int[]> kept;

    private QualifiedProducts(List<Product> products, Map<AgentProfile, int[]> kept) {
        this.products = products;
        this.kept = kept;
    }

    /** Nothing kept: every profile is worked out when asked. */
    public static QualifiedProducts of(Collection<Product> products) {
        return new QualifiedProducts(List.copyOf(products), Map.of());
    }

    /** Kept for these profiles; profiles that qualify for the same products share one answer. */
    public static QualifiedProducts of(Collection<Product> products, Collection<AgentProfile> profiles) {
        QualifiedProducts none = of(products);
        Map<BitSet, int[]> shared = new HashMap<>();
        Map<AgentProfile, int[]> kept = new IdentityHashMap<>(profiles.size());
        for (AgentProfile profile : profiles) {
            int[] indices = none.workOut(profile);
            BitSet set = new BitSet();
            for (int index : indices) {
                set.set(index);
            }
            kept.put(profile, shared.computeIfAbsent(set, s -> indices));
        }
        return new QualifiedProducts(none.products, kept);
    }

    /** The products, in the catalogue's order: {@link #of(AgentProfile)} gives indices into this list. */
    public List<Product> products() {
        return products;
    }

    /** Indices into {@link #products()}, ascending, of the products the profile qualifies for. Not to be changed. */
    public int[] of(AgentProfile profile) {
        int[] indices = kept.get(profile);
        return indices != null ? indices : workOut(profile);
    }

    private int[] workOut(AgentProfile profile) {
        int[] indices = new int[products.size()];
        int count = 0;
        for (int i = 0; i < products.size(); i++) {
            Product product = products.get(i);
            if (profile.proficiency(product.requiredSkill()) >= product.minimumProficiency()
                    && profile.holdsLicence(product.requiredLicence())) {
                indices[count++] = i;
            }
        }
        return Arrays.copyOf(indices, count);
    }
}
