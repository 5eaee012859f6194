package dev.attune.simulation.cli;

import dev.attune.cli.CommandLine;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** "--name value" and "--flag" command-line options, nothing more; a name the command does not know is refused. */
final class Options {
    private Options() {
    }

    /** The options of a command run from its main: a refused one prints the usage and exits 2 ({@link CommandLine}). */
    static Map<String, String> read(String command, String[] args, Collection<String> known) {
        String usage = "usage: " + command + " [--" + String.join(" value] [--", known) + " value]";
        return CommandLine.parse(args, usage, a -> parse(a, known));
    }

    /** @param known the option names the command accepts (without the leading dashes) */
    static Map<String, String> parse(String[] args, Collection<String> known) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + arg + "' (options look like --name value)");
            }
            String name = arg.substring(2);
            String value = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                value = args[++i];
            }
            if (!known.contains(name)) {
                throw new IllegalArgumentException("unknown option '--" + name + "'; known options: --"
                        + String.join(", --", known));
            }
            options.put(name, value == null ? "true" : value);
        }
        return options;
    }
}
