package dev.attune.text.training;

import java.nio.file.Path;

/** Command-line options shared by the training and evaluation commands. */
record Arguments(Path data, Path groups, Path products, Path out) {
    static final String USAGE = "usage: [--data ../shared/data] [--groups config/text/emotion-groups.json]"
            + " [--products config/text/intent-products.json] [--out src/main/resources/dev/attune/text/text-model.bin.gz]";

    static Arguments parse(String[] args) {
        Path data = Path.of("../shared/data");
        Path groups = Path.of("config/text/emotion-groups.json");
        Path products = Path.of("config/text/intent-products.json");
        Path out = Path.of("src/main/resources/dev/attune/text/text-model.bin.gz");
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 == args.length) {
                throw new IllegalArgumentException(args[i] + " needs a value");
            }
            switch (args[i]) {
                case "--data" -> data = Path.of(args[i + 1]);
                case "--groups" -> groups = Path.of(args[i + 1]);
                case "--products" -> products = Path.of(args[i + 1]);
                case "--out" -> out = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (--data, --groups, --products, --out)");
            }
        }
        return new Arguments(data, groups, products, out);
    }
}
