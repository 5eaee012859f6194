package dev.attune.service.port;

import dev.attune.core.domain.ControlArm;
import java.util.List;

/** The live benchmark's control arm in force and every switch of it (who, when, why, before, after). */
public interface ControlArmSwitch {

    /** The newest switch's setting, or the configured default if none was ever made. */
    ControlArm current();

    /** Stores a new setting as the one in force and returns the recorded change. */
    ControlArmChange change(ControlArm after, ChangeNote note);

    /** The most recent switches, newest first. */
    List<ControlArmChange> history(int limit);
}
