package dev.attune.persistence;

import dev.attune.service.port.ChangeNote;
import dev.attune.service.port.LanguageMatchChange;
import dev.attune.service.port.LanguageMatchSettings;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Every pool's language rule switches, append-only like the control arm's; the newest per pool stands. */
@ApplicationScoped
public class LanguageMatchHistory implements LanguageMatchSettings {
    /** Switching a pool's rule, so every switch's "before" is the setting it replaced. */
    private static final long LANGUAGE_MATCH_LOCK = 0x4174_7475_6e65_4c4dL;

    @Override
    @Transactional
    public Set<String> exactRegionPools() {
        List<LanguageMatchChangeEntity> newest = LanguageMatchChangeEntity.<LanguageMatchChangeEntity>find(
                "id in (select max(c.id) from LanguageMatchChangeEntity c group by c.poolId)").list();
        return newest.stream().filter(row -> row.exactRegion).map(row -> row.poolId).collect(Collectors.toSet());
    }

    @Override
    @Transactional
    public LanguageMatchChange change(String pool, boolean exactRegion, ChangeNote note) {
        AdvisoryLock.hold(LanguageMatchChangeEntity.getEntityManager(), LANGUAGE_MATCH_LOCK);
        LanguageMatchChangeEntity latest = LanguageMatchChangeEntity
                .<LanguageMatchChangeEntity>find("poolId", Sort.descending("id"), pool).firstResult();
        LanguageMatchChangeEntity row = new LanguageMatchChangeEntity();
        row.poolId = pool;
        row.changedBy = note.by();
        row.changedAt = note.at();
        row.reason = note.reason();
        row.exactRegion = exactRegion;
        row.exactRegionBefore = latest != null && latest.exactRegion;
        row.persist();
        return toChange(row);
    }

    @Override
    @Transactional
    public List<LanguageMatchChange> history(String pool, int limit) {
        return LanguageMatchChangeEntity.<LanguageMatchChangeEntity>find("poolId", Sort.descending("id"), pool)
                .page(Page.ofSize(limit)).list().stream().map(LanguageMatchHistory::toChange).toList();
    }

    private static LanguageMatchChange toChange(LanguageMatchChangeEntity row) {
        return new LanguageMatchChange(row.id, row.poolId, row.changedBy, row.changedAt, row.reason,
                row.exactRegionBefore, row.exactRegion);
    }
}
