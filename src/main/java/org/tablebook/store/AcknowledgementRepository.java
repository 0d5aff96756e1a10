package org.tablebook.store;

import java.util.List;
import java.util.Optional;

import org.tablebook.domain.RuleAcknowledgement;

/** Rule findings the team has acknowledged, with the reason. Each write is one audited action. */
public final class AcknowledgementRepository {
    private final Crud<RuleAcknowledgement> crud;

    AcknowledgementRepository(TablebookStore store) {
        this.crud = new Crud<>(store, store.tables().acknowledgements);
    }

    /** In creation order. */
    public List<RuleAcknowledgement> list() {
        return crud.list();
    }

    public Optional<RuleAcknowledgement> find(String id) {
        return crud.find(id);
    }

    public RuleAcknowledgement create(String actor, RuleAcknowledgement x) {
        return crud.create(actor, x);
    }

    public RuleAcknowledgement update(String actor, RuleAcknowledgement x) {
        return crud.update(actor, x);
    }

    public void delete(String actor, String id) {
        crud.delete(actor, id);
    }
}
