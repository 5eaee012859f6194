package dev.attune.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The JDKs of this machine: those under /usr/lib/jvm and the one running this JVM, by their feature release. */
public final class JavaHomes {
    private static final Path JVMS = Path.of("/usr/lib/jvm");
    private static final Pattern VERSION = Pattern.compile("JAVA_VERSION=\"(\\d+)");

    private JavaHomes() {
    }

    /** The newest JDK of at least this feature release, if the machine has one. */
    public static Optional<Path> newest(int minimum) throws IOException {
        List<Path> candidates = new ArrayList<>();
        if (Files.isDirectory(JVMS)) {
            try (Stream<Path> jvms = Files.list(JVMS)) {
                jvms.forEach(candidates::add);
            }
        }
        candidates.add(current());
        return candidates.stream()
                .filter(home -> major(home).orElse(0) >= minimum)
                .max(Comparator.comparing((Path home) -> major(home).orElse(0)));
    }

    public static Path current() {
        return Path.of(System.getProperty("java.home"));
    }

    /** The feature release (17, 25, ...) from the JDK's release file; empty if it is not a runnable JDK. */
    public static Optional<Integer> major(Path home) {
        Path release = home.resolve("release");
        if (!Files.isRegularFile(release) || !Files.isExecutable(home.resolve("bin/java"))) {
            return Optional.empty();
        }
        try {
            Matcher matcher = VERSION.matcher(Files.readString(release));
            return matcher.find() ? Optional.of(Integer.parseInt(matcher.group(1))) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
