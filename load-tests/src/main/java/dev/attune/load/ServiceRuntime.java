package dev.attune.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The JDK the packaged service runs on, and the start-up archive it can use there. ATTUNE_SERVICE_JAVA_HOME names it
 * (a deployment may run a newer JDK than the one that builds the release-17 service); otherwise the launcher's own.
 *
 * <p>On JDK 25 or newer, an AOT cache next to the jar ({@value #AOT_CACHE}, made by {@link AotTraining}) is used:
 * besides the loaded and linked classes it holds the method profiles of a training run (JEP 515), so the JIT compiles
 * the routing path as soon as the service starts instead of first profiling it on live calls (docs/load-test.md,
 * "Warm start"). On the launcher's own JDK the build's class-data archive ({@value #CLASS_DATA}) is used, as before:
 * an archive is only valid on the JDK that wrote it.
 */
public record ServiceRuntime(Path javaHome, int major) {
    public static final String ENVIRONMENT = "ATTUNE_SERVICE_JAVA_HOME";
    public static final String AOT_CACHE = "app.aot";
    public static final String CLASS_DATA = "app-cds.jsa";
    /** The first release whose AOT cache also holds method profiles, not only classes. */
    public static final int AOT_PROFILES = 25;

    public static ServiceRuntime fromEnvironment() {
        String configured = System.getenv(ENVIRONMENT);
        Path home = configured != null && !configured.isBlank() ? Path.of(configured) : JavaHomes.current();
        int major = JavaHomes.major(home).orElseThrow(() -> new IllegalStateException(ENVIRONMENT + "=" + home
                + " is not a JDK (no release file or bin/java)"));
        return new ServiceRuntime(home, major);
    }

    public Path java() {
        return javaHome.resolve("bin/java");
    }

    public Path jcmd() {
        return javaHome.resolve("bin/jcmd");
    }

    public boolean makesAotCaches() {
        return major >= AOT_PROFILES;
    }

    /** How the service starts from what the jar's folder holds for this JDK: an AOT cache, a class-data archive, or neither. */
    public List<String> archiveOptions(Path jar) {
        Path folder = jar.toAbsolutePath().getParent();
        if (makesAotCaches() && Files.isRegularFile(folder.resolve(AOT_CACHE))) {
            return List.of("-XX:AOTCache=" + AOT_CACHE);
        }
        if (javaHome.normalize().equals(JavaHomes.current().normalize()) && Files.isRegularFile(folder.resolve(CLASS_DATA))) {
            return List.of("-XX:SharedArchiveFile=" + folder.resolve(CLASS_DATA));
        }
        return List.of();
    }
}
