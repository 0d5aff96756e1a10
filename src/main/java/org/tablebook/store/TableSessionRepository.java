package org.tablebook.store;

import java.util.List;
import java.util.Optional;

import org.tablebook.domain.TableSession;

/** On-the-record table sessions with their attendees. Each write is one audited action. */
public final class TableSessionRepository {
    private final Crud<TableSession> crud;

    TableSessionRepository(TablebookStore store) {
        this.crud = new Crud<>(store, store.tables().sessions);
    }

    /** In creation order. */
    public List<TableSession> list() {
        return crud.list();
    }

    public Optional<TableSession> find(String id) {
        return crud.find(id);
    }

    public TableSession create(String actor, TableSession x) {
        return crud.create(actor, x);
    }

    public TableSession update(String actor, TableSession x) {
        return crud.update(actor, x);
    }

    public void delete(String actor, String id) {
        crud.delete(actor, id);
    }
}
