package dev.attune.bench;

import dev.attune.cli.CommandLine;
import java.util.Optional;
import java.util.Set;

/** Refuses an option a benchmark does not know, with its usage, instead of running with defaults unasked. */
final class KnownOptions {
    private KnownOptions() {
    }

    /** Prints the usage and exits: 0 for --help, 2 for an unknown option or a missing value. */
    static void require(String[] args, String usage, Set<String> flags, Set<String> valued) {
        CommandLine.parse(args, usage, a -> {
            problem(a, flags, valued).ifPresent(p -> {
                throw new IllegalArgumentException(p);
            });
            return a;
        });
    }

    /** What is wrong with the arguments, if anything. */
    static Optional<String> problem(String[] args, Set<String> flags, Set<String> valued) {
        for (int i = 0; i < args.length; i++) {
            if (valued.contains(args[i])) {
                if (++i >= args.length) {
                    return Optional.of(args[i - 1] + " needs a value");
                }
            } else if (!flags.contains(args[i])) {
                return Optional.of("unknown option " + args[i]);
            }
        }
        return Optional.empty();
    }

    /** The value given after {@code name}, or the fallback when the option is absent. */
    static String value(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
