package dev.attune.dashboard;

import dev.attune.core.domain.Product;
import dev.attune.core.domain.ServiceLevelTarget;
import dev.attune.service.port.RoutingSetupSource;
import dev.attune.service.port.ProductChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Each product's service-level promise ("80% within 20 s") from the stored catalogue, read once and again
 * when a product it does not know turns up (at most once a minute, so a stray code cannot hammer the database).
 */
@ApplicationScoped
public class ServiceLevelTargets implements Function<String, ServiceLevelTarget> {
    private static final Duration RELOAD_AT_MOST_EVERY = Duration.ofMinutes(1);

    private final RoutingSetupSource setup;
    private volatile Map<String, ServiceLevelTarget> byProduct;
    private volatile long loadedAtNanos;

    @Inject
    public ServiceLevelTargets(RoutingSetupSource setup) {
        this.setup = setup;
    }

    /** The product's target, null for a product the catalogue does not hold. */
    @Override
    public ServiceLevelTarget apply(String productCode) {
        Map<String, ServiceLevelTarget> known = byProduct;
        if (known == null || (!known.containsKey(productCode)
                && System.nanoTime() - loadedAtNanos > RELOAD_AT_MOST_EVERY.toNanos())) {
            known = reload();
        }
        return known.get(productCode);
    }

    /** A workforce manager edited the catalogue: the next read takes the new targets. */
    void onProductChange(@Observes ProductChange change) {
        byProduct = null;
    }

    private synchronized Map<String, ServiceLevelTarget> reload() {
        Map<String, ServiceLevelTarget> loaded = setup.catalogue().products().stream()
                .collect(Collectors.toUnmodifiableMap(Product::code, Product::serviceLevel));
        byProduct = loaded;
        loadedAtNanos = System.nanoTime();
        return loaded;
    }
}
