package org.tablebook.store;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.tablebook.domain.Entity;
import org.tablebook.domain.EntityRef;

/** The reads and one-action writes every repository offers for one kind of record. */
final class Crud<T extends Entity> {
    private final TablebookStore store;
    private final Table<T> table;
    private final String noun;

    Crud(TablebookStore store, Table<T> table) {
        this.store = store;
        this.table = table;
        this.noun = table.kind.label().toLowerCase();
    }

    List<T> list() {
        return store.read(table::list);
    }

    Optional<T> find(String id) {
        Objects.requireNonNull(id, "id");
        return store.read(sql -> table.find(sql, id));
    }

    List<T> where(String column, String value, String orderBy) {
        Objects.requireNonNull(value, column);
        return store.read(sql -> table.listWhere(sql, column, value, orderBy));
    }

    T create(String actor, T e) {
        Objects.requireNonNull(e, noun);
        return store.write(actor, "Add " + noun, w -> {
            w.insert(e);
            return e;
        });
    }

    T update(String actor, T e) {
        Objects.requireNonNull(e, noun);
        return store.write(actor, "Change " + noun, w -> {
            w.update(e);
            return e;
        });
    }

    void delete(String actor, String id) {
        Objects.requireNonNull(id, "id");
        store.write(actor, "Delete " + noun, w -> {
            w.delete(new EntityRef(table.kind, id));
            return null;
        });
    }
}
