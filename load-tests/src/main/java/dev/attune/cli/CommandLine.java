package dev.attune.cli;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * The one way every command-line tool of the project reads its arguments: {@code --help} prints the usage and
 * exits 0; an unknown option, a missing value or a bad argument prints what is wrong and the usage, and exits
 * 2, before the tool starts anything (a broker, a service, a long run) with defaults nobody asked for.
 */
public final class CommandLine {
    /** The exit code of a refused command line, as getopt-style tools use. */
    public static final int USAGE_ERROR = 2;

    /** How the JVM ends; a test of every entry point swaps it to see the code without ending its own JVM. */
    static IntConsumer exit = System::exit;

    private CommandLine() {
    }

    /** The tool's options as its own parser reads them; the parser throws IllegalArgumentException on a bad one. */
    public static <T> T parse(String[] args, String usage, Function<String[], T> parser) {
        if (Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h")) {
            System.out.println(usage);
            exit.accept(0);
        }
        try {
            return parser.apply(args);
        } catch (IllegalArgumentException e) {
            String problem = e.getMessage() == null ? e.toString() : e.getMessage();
            System.err.println(problem);
            if (!problem.contains(usage)) {
                System.err.println(usage);
            }
            exit.accept(USAGE_ERROR);
            throw e; // not reached when exit ends the JVM
        }
    }

    /**
     * Positional arguments only, {@code min} to {@code max} of them: anything that looks like an option is refused.
     */
    public static List<String> positional(String[] args, String usage, int min, int max) {
        return parse(args, usage, a -> {
            for (String arg : a) {
                if (arg.startsWith("-") && !isNumber(arg)) {
                    throw new IllegalArgumentException("unknown option " + arg);
                }
            }
            if (a.length < min || a.length > max) {
                throw new IllegalArgumentException(min + " to " + max + " arguments, got " + a.length);
            }
            return List.of(a);
        });
    }

    private static boolean isNumber(String arg) {
        try {
            Double.parseDouble(arg);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
