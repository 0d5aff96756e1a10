package org.tablebook.store;

import java.util.List;
import java.util.Optional;

import org.tablebook.domain.Demand;
import org.tablebook.domain.Proposal;

/**
 * Demands of both sides and the proposals passed on them. A demand that has proposals, agreements
 * or sidebar time cannot be deleted: withdraw it instead. Each write is one audited action.
 */
public final class DemandRepository {
    private final Crud<Demand> demands;
    private final Crud<Proposal> proposals;

    DemandRepository(TablebookStore store) {
        this.demands = new Crud<>(store, store.tables().demands);
        this.proposals = new Crud<>(store, store.tables().proposals);
    }

    /** In creation order. */
    public List<Demand> list() {
        return demands.list();
    }

    public Optional<Demand> find(String id) {
        return demands.find(id);
    }

    public Demand create(String actor, Demand demand) {
        return demands.create(actor, demand);
    }

    public Demand update(String actor, Demand demand) {
        return demands.update(actor, demand);
    }

    public void delete(String actor, String id) {
        demands.delete(actor, id);
    }

    /** Every proposal, in creation order. */
    public List<Proposal> proposals() {
        return proposals.list();
    }

    /** The passes on one demand, oldest first: by date passed, then by when they were logged. */
    public List<Proposal> proposalsOf(String demandId) {
        return proposals.where("demand_id", demandId, "passed_on, created_at, rowid");
    }

    public Optional<Proposal> findProposal(String id) {
        return proposals.find(id);
    }

    public Proposal create(String actor, Proposal proposal) {
        return proposals.create(actor, proposal);
    }

    public Proposal update(String actor, Proposal proposal) {
        return proposals.update(actor, proposal);
    }

    public void deleteProposal(String actor, String id) {
        proposals.delete(actor, id);
    }
}
