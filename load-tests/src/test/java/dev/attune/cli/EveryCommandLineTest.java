package dev.attune.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every command-line entry point of the project (every class with a main method, found in the sources, so a
 * new tool is checked the day it is added) refuses an unknown option with its usage and exit code 2, and
 * prints that usage for --help. The mains run in this JVM with the exit swapped for an exception; one runs as
 * a real process to show the code reaches the shell.
 */
class EveryCommandLineTest {
    private static final Pattern MAIN = Pattern.compile("public static void main\\s*\\(");
    private static final List<Path> SOURCES = List.of(Path.of("src/main/java"), Path.of("src/test/java"),
            Path.of("load-tests/src/main/java"), Path.of("load-tests/src/test/java"));
    private static final String UNKNOWN = "--no-such-option";
    /** How a main hands its arguments to {@link CommandLine}, directly or through a tool family's parser. */
    private static final Pattern WIRED = Pattern.compile("CommandLine\\.(parse|positional)|KnownOptions\\.require"
            + "|Options\\.read\\(");

    private final IntConsumer realExit = CommandLine.exit;
    private final PrintStream realOut = System.out;
    private final PrintStream realErr = System.err;

    @AfterEach
    void restore() {
        CommandLine.exit = realExit;
        System.setOut(realOut);
        System.setErr(realErr);
    }

    private static final class Exited extends RuntimeException {
        final int code;

        Exited(int code) {
            super("exit " + code, null, false, false);
            this.code = code;
        }
    }

    private record Run(int code, String out, String err) {
    }

    /** Entry points by class name, with their source text. */
    static java.util.Map<String, String> entryPoints() throws IOException {
        java.util.Map<String, String> mains = new java.util.TreeMap<>();
        for (Path root : SOURCES) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String source = Files.readString(file);
                    if (MAIN.matcher(source).find()) {
                        String name = root.relativize(file).toString();
                        mains.put(name.substring(0, name.length() - ".java".length()).replace('/', '.'), source);
                    }
                }
            }
        }
        return mains;
    }

    private Run run(String className, String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        CommandLine.exit = code -> {
            throw new Exited(code);
        };
        int code = -1;
        try {
            Class.forName(className).getMethod("main", String[].class).invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            if (!(e.getCause() instanceof Exited exited)) {
                throw new AssertionError(className + " " + String.join(" ", args) + " failed", e.getCause());
            }
            code = exited.code;
        } finally {
            System.setOut(realOut);
            System.setErr(realErr);
            CommandLine.exit = realExit;
        }
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void everyEntryPointRefusesAnUnknownOptionWithItsUsage() throws Exception {
        java.util.Map<String, String> mains = entryPoints();
        assertTrue(mains.size() >= 17, "entry points found: " + mains.keySet());
        List<String> problems = new ArrayList<>();
        for (String main : mains.keySet()) {
            if (!WIRED.matcher(mains.get(main)).find()) {
                // not run: a main that reads no options would start its work (a broker, a service) here
                problems.add(main + " reads its arguments without CommandLine");
                continue;
            }
            Run help = run(main, "--help");
            if (help.code() != 0 || help.out().isBlank()) {
                problems.add(main + " --help: exit " + help.code() + ", printed '" + help.out() + "'");
                continue;
            }
            Run refused = run(main, UNKNOWN);
            if (refused.code() != CommandLine.USAGE_ERROR || !refused.err().contains(UNKNOWN)
                    || !refused.err().contains(help.out().strip())) {
                problems.add(main + " " + UNKNOWN + ": exit " + refused.code() + ", said '" + refused.err() + "'");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theShellSeesExitCodeTwo() throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.attune.load.HotMethods", UNKNOWN)
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("HotMethods did not end");
        }
        assertEquals(CommandLine.USAGE_ERROR, process.exitValue(), output);
        assertTrue(output.contains("usage: HotMethods"), output);
    }
}
