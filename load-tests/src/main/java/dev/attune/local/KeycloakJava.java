package dev.attune.local;

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

/**
 * The JDK Keycloak runs on: Keycloak 26 needs Java 21 or newer while the service builds and runs on 17.
 * ATTUNE_KEYCLOAK_JAVA_HOME wins; otherwise the newest JDK 21+ under /usr/lib/jvm, or this JVM if it is one.
 */
record KeycloakJava(Path javaHome) {
    private static final int MINIMUM = 21;
    private static final Path JVMS = Path.of("/usr/lib/jvm");
    private static final Pattern VERSION = Pattern.compile("JAVA_VERSION=\"(\\d+)");

    static KeycloakJava find() throws IOException {
        String configured = System.getenv("ATTUNE_KEYCLOAK_JAVA_HOME");
        if (configured != null && !configured.isBlank()) {
            return new KeycloakJava(Path.of(configured));
        }
        List<Path> candidates = new ArrayList<>();
        if (Files.isDirectory(JVMS)) {
            try (Stream<Path> jvms = Files.list(JVMS)) {
                jvms.forEach(candidates::add);
            }
        }
        candidates.add(Path.of(System.getProperty("java.home")));
        return candidates.stream()
                .filter(home -> major(home).orElse(0) >= MINIMUM)
                .max(Comparator.comparing((Path home) -> major(home).orElse(0)))
                .map(KeycloakJava::new)
                .orElseThrow(() -> new IllegalStateException("Keycloak needs a Java " + MINIMUM + "+ runtime and none was "
                        + "found under " + JVMS + ": install one (e.g. apt-get install openjdk-21-jre-headless) or set "
                        + "ATTUNE_KEYCLOAK_JAVA_HOME"));
    }

    private static Optional<Integer> major(Path home) {
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

    /**
     * kc.sh with this JDK; C1 only, because on a busy two-core machine start-up is compile-bound and a test
     * provider never runs long enough for C2 to pay off.
     */
    ProcessBuilder command(Path keycloakHome, Path log, List<String> arguments) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(keycloakHome.resolve("bin/kc.sh").toString());
        command.addAll(arguments);
        Path parent = log.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("JAVA_HOME", javaHome.toString());
        builder.environment().put("JAVA", javaHome.resolve("bin/java").toString());
        builder.environment().put("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1");
        builder.environment().put("JAVA_OPTS_KC_HEAP", "-XX:MaxRAMPercentage=5 -XX:InitialRAMPercentage=2");
        return builder;
    }
}
