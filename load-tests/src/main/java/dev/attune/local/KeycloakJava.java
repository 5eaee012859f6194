package dev.attune.local;

import dev.attune.load.JavaHomes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The JDK Keycloak runs on: Keycloak 26 needs Java 21 or newer while the service builds and runs on 17.
 * ATTUNE_KEYCLOAK_JAVA_HOME wins; otherwise the newest JDK 21+ under /usr/lib/jvm, or this JVM if it is one.
 */
record KeycloakJava(Path javaHome) {
    private static final int MINIMUM = 21;

    static KeycloakJava find() throws IOException {
        String configured = System.getenv("ATTUNE_KEYCLOAK_JAVA_HOME");
        if (configured != null && !configured.isBlank()) {
            return new KeycloakJava(Path.of(configured));
        }
        return JavaHomes.newest(MINIMUM)
                .map(KeycloakJava::new)
                .orElseThrow(() -> new IllegalStateException("Keycloak needs a Java " + MINIMUM + "+ runtime and none was "
                        + "found under /usr/lib/jvm: install one (e.g. apt-get install openjdk-21-jre-headless) or set "
                        + "ATTUNE_KEYCLOAK_JAVA_HOME"));
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
