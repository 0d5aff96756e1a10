package org.tablebook.store;

import java.util.List;
import java.util.Optional;

import org.tablebook.domain.InformationRequest;

/** Requests for information across the table. Each write is one audited action. */
public final class InformationRequestRepository {
    private final Crud<InformationRequest> crud;

    InformationRequestRepository(TablebookStore store) {
        this.crud = new Crud<>(store, store.tables().informationRequests);
    }

    /** In creation order. */
    public List<InformationRequest> list() {
        return crud.list();
    }

    public Optional<InformationRequest> find(String id) {
        return crud.find(id);
    }

    public InformationRequest create(String actor, InformationRequest x) {
        return crud.create(actor, x);
    }

    public InformationRequest update(String actor, InformationRequest x) {
        return crud.update(actor, x);
    }

    public void delete(String actor, String id) {
        crud.delete(actor, id);
    }
}
