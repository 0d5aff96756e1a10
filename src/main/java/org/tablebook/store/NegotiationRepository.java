package org.tablebook.store;

import java.util.List;
import java.util.Optional;

import org.tablebook.domain.Negotiation;

/**
 * The file's one negotiation: its parties, dates and rule settings. It is created with the file
 * ({@link TablebookStore#create}) and never deleted.
 */
public final class NegotiationRepository {
    private final TablebookStore store;
    private final Crud<Negotiation> crud;

    NegotiationRepository(TablebookStore store) {
        this.store = store;
        this.crud = new Crud<>(store, store.tables().negotiation);
    }

    /** The negotiation this file holds. */
    public Negotiation get() {
        List<Negotiation> all = crud.list();
        if (all.size() != 1) {
            throw new StoreException(store.file().getFileName() + " holds " + all.size()
                    + " negotiations instead of one; open the latest backup instead.");
        }
        return all.get(0);
    }

    /** A list of one, for symmetry with the other repositories. */
    public List<Negotiation> list() {
        return crud.list();
    }

    public Optional<Negotiation> find(String id) {
        return crud.find(id);
    }

    /** Changes the title, parties, dates or rule settings. */
    public Negotiation update(String actor, Negotiation negotiation) {
        return crud.update(actor, negotiation);
    }
}
