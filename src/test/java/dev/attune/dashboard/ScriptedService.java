package dev.attune.dashboard;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Set;

/** Runs the app with scripted queue health and a scripted simulator, so page tests can show any state. */
public class ScriptedService implements QuarkusTestProfile {
    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(ScriptedQueueHealth.class, ScriptedWhatIf.class);
    }
}
