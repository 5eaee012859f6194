package dev.attune.persistence;

import dev.attune.core.domain.ControlArm;
import dev.attune.service.ControlArmConfig;
import dev.attune.service.port.ChangeNote;
import dev.attune.service.port.ControlArmChange;
import dev.attune.service.port.ControlArmSwitch;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;

/** The control arm in force and every switch of it, append-only like the weights' history. */
@ApplicationScoped
public class ControlArmHistory implements ControlArmSwitch {
    /** Switching the control arm, so every switch's "before" is the setting it replaced. */
    private static final long CONTROL_ARM_LOCK = 0x4174_7475_6e65_4331L;
    @Inject
    JsonColumns json;
    @Inject
    ControlArmConfig config;

    /** How a setting is kept in a change's {@code before} column. */
    record Stored(boolean enabled, double share, String mode, long blockSeconds) {
        static Stored of(ControlArm arm) {
            return new Stored(arm.enabled(), arm.share(), arm.mode().name(), arm.block().toSeconds());
        }

        ControlArm controlArm() {
            return new ControlArm(enabled, share, ControlArm.Mode.valueOf(mode), Duration.ofSeconds(blockSeconds));
        }
    }

    @Override
    @Transactional
    public ControlArm current() {
        ControlArmChangeEntity latest = latest();
        return latest == null ? config.controlArm() : setting(latest);
    }

    @Override
    @Transactional
    public ControlArmChange change(ControlArm after, ChangeNote note) {
        AdvisoryLock.hold(ControlArmChangeEntity.getEntityManager(), CONTROL_ARM_LOCK);
        ControlArmChangeEntity latest = latest();
        ControlArmChangeEntity row = new ControlArmChangeEntity();
        row.changedBy = note.by();
        row.changedAt = note.at();
        row.reason = note.reason();
        row.enabled = after.enabled();
        row.share = after.share();
        row.mode = after.mode().name();
        row.blockSeconds = Math.toIntExact(after.block().toSeconds());
        row.before = json.write(Stored.of(latest == null ? config.controlArm() : setting(latest)));
        row.persist();
        return toChange(row);
    }

    @Override
    @Transactional
    public List<ControlArmChange> history(int limit) {
        return ControlArmChangeEntity.<ControlArmChangeEntity>findAll(Sort.descending("id")).page(Page.ofSize(limit))
                .list().stream().map(this::toChange).toList();
    }

    private ControlArmChangeEntity latest() {
        return ControlArmChangeEntity.<ControlArmChangeEntity>findAll(Sort.descending("id")).firstResult();
    }

    private static ControlArm setting(ControlArmChangeEntity row) {
        return new ControlArm(row.enabled, row.share, ControlArm.Mode.valueOf(row.mode),
                Duration.ofSeconds(row.blockSeconds));
    }

    private ControlArmChange toChange(ControlArmChangeEntity row) {
        ControlArm before = row.before == null ? null : json.read(row.before, Stored.class).controlArm();
        return new ControlArmChange(row.id, row.changedBy, row.changedAt, row.reason, before, setting(row));
    }
}
