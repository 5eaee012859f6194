package dev.attune.configuration;

import dev.attune.core.domain.Catalogue;
import dev.attune.core.domain.Product;
import dev.attune.core.domain.RelaxationRing;
import dev.attune.core.domain.ServiceLevelTarget;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * config/catalogue.json: the products callers call about and what serving them takes.
 *
 * <pre>
 * {"schemaVersion": 1, "products": [{"code": "IRA", "label": "...", "requiredSkill": "RETIREMENT",
 *   "minimumProficiency": 2, "requiredLicence": null, "baseStakes": 0.6, "baseDistress": 0.3,
 *   "serviceLevel": {"share": 0.8, "thresholdSeconds": 30},
 *   "rings": [{"afterSeconds": 0, "minimumProficiency": 4}, {"afterSeconds": 30, "minimumProficiency": 2}]}]}
 * </pre>
 * {@code rings} is optional (see {@link RelaxationRing}).
 * <pre>
 * </pre>
 */
public final class CatalogueFile {
    public static final String FILE_NAME = "catalogue.json";
    public static final int SCHEMA_VERSION = 1;

    private static final Set<String> TOP = Set.of("schemaVersion", "products");
    private static final Set<String> PRODUCT = Set.of("code", "label", "requiredSkill", "minimumProficiency",
            "requiredLicence", "baseStakes", "baseDistress", "serviceLevel", "rings");
    private static final Set<String> RING = Set.of("afterSeconds", "minimumProficiency", "overflowSkill");
    private static final Set<String> SERVICE_LEVEL = Set.of("share", "thresholdSeconds");

    private CatalogueFile() {
    }

    public static Catalogue read(Path file) {
        return from(ConfigJson.read(file));
    }

    /** @param name how to name the source in error messages */
    public static Catalogue parse(String json, String name) {
        return from(ConfigJson.parse(json, name));
    }

    private static Catalogue from(ConfigNode root) {
        root.allowOnly(TOP);
        root.requireSchemaVersion(SCHEMA_VERSION);
        List<ConfigNode> entries = root.objects("products");
        if (entries.isEmpty()) {
            throw root.problem("products", "must list at least one product");
        }
        List<Product> products = new ArrayList<>();
        Set<String> codes = new java.util.HashSet<>();
        for (ConfigNode entry : entries) {
            Product product = product(entry);
            if (!codes.add(product.code())) {
                throw entry.problem("code", "product '" + product.code() + "' appears twice");
            }
            products.add(product);
        }
        return new Catalogue(products);
    }

    private static Product product(ConfigNode entry) {
        entry.allowOnly(PRODUCT);
        ConfigNode level = entry.object("serviceLevel");
        level.allowOnly(SERVICE_LEVEL);
        double share = level.decimal("share");
        int threshold = level.integer("thresholdSeconds");
        ServiceLevelTarget target = level.build(() -> new ServiceLevelTarget(share, threshold));
        String code = entry.text("code");
        String label = entry.optionalText("label");
        String skill = entry.text("requiredSkill");
        int minimum = entry.integer("minimumProficiency");
        String licence = entry.optionalText("requiredLicence");
        double stakes = entry.decimal("baseStakes");
        double distress = entry.decimal("baseDistress");
        List<RelaxationRing> rings = new ArrayList<>();
        if (entry.has("rings")) {
            for (ConfigNode ring : entry.objects("rings")) {
                ring.allowOnly(RING);
                int after = ring.integer("afterSeconds");
                int ringMinimum = ring.integer("minimumProficiency");
                String overflow = ring.optionalText("overflowSkill");
                rings.add(ring.build(() -> new RelaxationRing(after, ringMinimum, overflow)));
            }
        }
        return entry.build(() -> new Product(code, label == null ? code : label, skill, minimum, licence, stakes,
                distress, target, rings));
    }
}
