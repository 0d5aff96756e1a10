package org.tablebook.store;

import java.util.List;
import java.util.Optional;

import org.tablebook.domain.Ratification;
import org.tablebook.domain.TentativeAgreement;

/**
 * Tentative agreements and the ratification votes on the memoranda that hold them. An agreement in
 * a memorandum or watched by compliance items cannot be deleted. Each write is one audited action.
 */
public final class AgreementRepository {
    private final Crud<TentativeAgreement> agreements;
    private final Crud<Ratification> ratifications;

    AgreementRepository(TablebookStore store) {
        this.agreements = new Crud<>(store, store.tables().agreements);
        this.ratifications = new Crud<>(store, store.tables().ratifications);
    }

    /** In creation order. */
    public List<TentativeAgreement> list() {
        return agreements.list();
    }

    public Optional<TentativeAgreement> find(String id) {
        return agreements.find(id);
    }

    /** The agreements on one demand, in creation order. */
    public List<TentativeAgreement> agreementsOf(String demandId) {
        return agreements.where("demand_id", demandId, "created_at, rowid");
    }

    public TentativeAgreement create(String actor, TentativeAgreement agreement) {
        return agreements.create(actor, agreement);
    }

    public TentativeAgreement update(String actor, TentativeAgreement agreement) {
        return agreements.update(actor, agreement);
    }

    public void delete(String actor, String id) {
        agreements.delete(actor, id);
    }

    /** Every ratification, in creation order. */
    public List<Ratification> ratifications() {
        return ratifications.list();
    }

    public Optional<Ratification> findRatification(String id) {
        return ratifications.find(id);
    }

    public Ratification create(String actor, Ratification ratification) {
        return ratifications.create(actor, ratification);
    }

    public Ratification update(String actor, Ratification ratification) {
        return ratifications.update(actor, ratification);
    }

    public void deleteRatification(String actor, String id) {
        ratifications.delete(actor, id);
    }
}
