package dev.attune.persistence;

import io.quarkus.hibernate.orm.panache.Panache;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The rows of one table with these primary keys, in one read ({@code Session.findMultiple}: on PostgreSQL one
 * statement with an array of keys), the missing ones left out. Not an "in" query: Hibernate plans a query whose
 * parameter is a list afresh on every run, since such a plan is never cached (docs/load-test.md, session 19).
 */
final class RowsByKey {
    private RowsByKey() {
    }

    static <T> List<T> find(Class<T> table, Collection<?> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return Panache.getSession().findMultiple(table, List.copyOf(keys)).stream().filter(Objects::nonNull).toList();
    }
}
