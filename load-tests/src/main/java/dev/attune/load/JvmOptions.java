package dev.attune.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The service's JVM options as the deployments run it: one option per line in {@code deploy/jvm.options},
 * {@code #} starts a comment. The load test runs the service with the same file, so what is measured is
 * what is deployed.
 */
public final class JvmOptions {
    public static final Path DEPLOYED = Path.of("deploy/jvm.options");

    private JvmOptions() {
    }

    /** The options of the file (none when it does not exist), then the extra ones. */
    public static List<String> read(Path file, List<String> extra) {
        List<String> options = new ArrayList<>();
        if (Files.isRegularFile(file)) {
            try {
                for (String line : Files.readAllLines(file)) {
                    String option = line.replaceFirst("#.*", "").strip();
                    if (!option.isEmpty()) {
                        options.add(option);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read JVM options from " + file, e);
            }
        }
        options.addAll(extra);
        return List.copyOf(options);
    }
}
