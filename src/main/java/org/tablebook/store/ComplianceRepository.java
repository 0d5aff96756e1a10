package org.tablebook.store;

import java.util.List;
import java.util.Optional;

import org.tablebook.domain.ComplianceItem;

/** Compliance items: obligations of the agreement watched after the table. Each write is one audited action. */
public final class ComplianceRepository {
    private final Crud<ComplianceItem> crud;

    ComplianceRepository(TablebookStore store) {
        this.crud = new Crud<>(store, store.tables().compliance);
    }

    /** In creation order. */
    public List<ComplianceItem> list() {
        return crud.list();
    }

    public Optional<ComplianceItem> find(String id) {
        return crud.find(id);
    }

    public ComplianceItem create(String actor, ComplianceItem x) {
        return crud.create(actor, x);
    }

    public ComplianceItem update(String actor, ComplianceItem x) {
        return crud.update(actor, x);
    }

    public void delete(String actor, String id) {
        crud.delete(actor, id);
    }
}
