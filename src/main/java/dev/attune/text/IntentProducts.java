package dev.attune.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * config/text/intent-products.json: which catalogue product each BANKING77 intent means, how sure the
 * estimator must be before it changes a call's product, and which products count as "not known yet"
 * (only those calls get a product from their words).
 */
public record IntentProducts(Map<String, String> products, double minimumConfidence, Set<String> genericProducts) {
    private static final Set<String> FIELDS = Set.of("schemaVersion", "minimumConfidence", "genericProducts", "intents");

    public IntentProducts {
        products = Map.copyOf(products);
        genericProducts = Set.copyOf(genericProducts);
        if (!(minimumConfidence >= 0 && minimumConfidence <= 1)) {
            throw new IllegalArgumentException("minimumConfidence must be in [0,1], was " + minimumConfidence);
        }
    }

    /** The product an intent read with this confidence means, if it is sure enough and not generic itself. */
    public Optional<String> productOf(String intent, double confidence) {
        String product = products.get(intent);
        if (product == null || confidence < minimumConfidence || genericProducts.contains(product)) {
            return Optional.empty();
        }
        return Optional.of(product);
    }

    public boolean generic(String productCode) {
        return genericProducts.contains(productCode);
    }

    /** Reads the file and checks every product against the catalogue's codes and every intent against the model's. */
    public static IntentProducts read(Path file, Set<String> catalogue, List<String> intents) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read the intent mapping", e);
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new IllegalArgumentException(file + ": unknown field '" + name + "'");
            }
        }
        Set<String> generic = new HashSet<>();
        root.path("genericProducts").forEach(p -> generic.add(p.asText()));
        Map<String, String> products = new HashMap<>();
        root.path("intents").fields().forEachRemaining(e -> products.put(e.getKey(), e.getValue().asText()));
        for (Map.Entry<String, String> e : products.entrySet()) {
            if (!intents.contains(e.getKey())) {
                throw new IllegalArgumentException(file + ": intents." + e.getKey() + ": the model has no such intent");
            }
            if (!catalogue.contains(e.getValue())) {
                throw new IllegalArgumentException(file + ": intents." + e.getKey() + ": product '" + e.getValue()
                        + "' is not in the catalogue");
            }
        }
        if (!root.path("minimumConfidence").isNumber()) {
            throw new IllegalArgumentException(file + ": minimumConfidence: a number in [0,1] is required");
        }
        return new IntentProducts(products, root.path("minimumConfidence").asDouble(), generic);
    }
}
