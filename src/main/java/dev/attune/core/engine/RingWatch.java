package dev.attune.core.engine;

import dev.attune.core.domain.Catalogue;
import dev.attune.core.domain.Product;
import dev.attune.core.domain.RelaxationRings;
import dev.attune.core.scoring.CallFacts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the waiting calls whose relaxation ring widened since the last look: nothing else happens to such a
 * call (no event, no agent freeing up), yet an idle agent the wider ring admits should now be offered it.
 * A call not seen before counts as seen in its first ring, so a late first look misses nobody.
 */
final class RingWatch {
    private Map<String, Integer> seen = new HashMap<>();

    /** The waiting, unheld calls whose ring at {@code now} is wider than at the previous look. */
    List<CallEntry> widened(Collection<CallEntry> waiting, Catalogue catalogue, Instant now) {
        Map<String, Integer> current = new HashMap<>();
        List<CallEntry> widened = new ArrayList<>();
        for (CallEntry live : waiting) {
            Product product = catalogue.find(live.call.productCode()).orElse(null);
            if (product == null || product.rings().size() < 2) {
                continue;
            }
            int ring = RelaxationRings.indexAt(product.rings(), CallFacts.waitSeconds(live.call, now));
            current.put(live.id(), ring);
            if (ring > seen.getOrDefault(live.id(), 0) && !live.held()) {
                widened.add(live);
            }
        }
        seen = current;
        return widened;
    }
}
