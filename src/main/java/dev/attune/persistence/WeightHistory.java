package dev.attune.persistence;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.attune.core.domain.RoutingConstraint;
import dev.attune.core.domain.RoutingWeights;
import dev.attune.service.port.ChangeNote;
import dev.attune.service.port.WeightChange;
import dev.attune.service.port.WeightChanges;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The constraint weights in force and every change to them (who, when, why, before, after), for
 * compliance. Stored by constraint display name, the name workforce managers and config/weights.json use.
 */
@ApplicationScoped
public class WeightHistory implements WeightChanges {
    private static final TypeReference<Map<String, Long>> BY_NAME = new TypeReference<>() {
    };
    @Inject
    JsonColumns json;

    /** The weight set in force; all weights 1 if none was ever stored (the seed normally prevents that). */
    @Transactional
    public RoutingWeights current() {
        WeightChangeEntity latest = latest();
        return latest == null ? new RoutingWeights(Map.of()) : weights(latest.after);
    }

    /** Stores a new weight set as the one in force and returns the recorded change. */
    @Transactional
    public WeightChange change(RoutingWeights after, ChangeNote note) {
        AdvisoryLock.hold(WeightChangeEntity.getEntityManager(), AdvisoryLock.WEIGHTS);
        WeightChangeEntity latest = latest();
        WeightChangeEntity row = new WeightChangeEntity();
        row.changedBy = note.by();
        row.changedAt = note.at();
        row.reason = note.reason();
        row.before = latest == null ? null : latest.after;
        row.after = json.write(WeightChanges.byName(after));
        row.persist();
        return toChange(row);
    }

    /** The most recent changes, newest first. */
    @Transactional
    public List<WeightChange> history(int limit) {
        return WeightChangeEntity.<WeightChangeEntity>findAll(Sort.descending("id")).page(Page.ofSize(limit))
                .list().stream().map(this::toChange).toList();
    }

    @Transactional
    public boolean isEmpty() {
        return WeightChangeEntity.count() == 0;
    }

    private WeightChangeEntity latest() {
        return WeightChangeEntity.<WeightChangeEntity>findAll(Sort.descending("id")).firstResult();
    }

    private WeightChange toChange(WeightChangeEntity row) {
        return new WeightChange(row.id, row.changedBy, row.changedAt, row.reason,
                row.before == null ? null : weights(row.before), weights(row.after));
    }

    private RoutingWeights weights(String stored) {
        Map<RoutingConstraint, Long> weights = new EnumMap<>(RoutingConstraint.class);
        json.read(stored, BY_NAME).forEach((name, weight) -> RoutingConstraint.byDisplayName(name)
                // A constraint renamed or removed since the row was written keeps no weight: the default applies.
                .ifPresent(constraint -> weights.put(constraint, weight)));
        return new RoutingWeights(weights);
    }
}
