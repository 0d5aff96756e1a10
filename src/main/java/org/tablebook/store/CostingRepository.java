package org.tablebook.store;

import java.util.List;
import java.util.Optional;

import org.tablebook.domain.Classification;
import org.tablebook.domain.CostItem;
import org.tablebook.domain.CostingBaseline;

/** The costing baseline, the unit's classifications and the passes' priced items. Each write is one audited action. */
public final class CostingRepository {
    private final Crud<CostingBaseline> baselines;
    private final Crud<Classification> classifications;
    private final Crud<CostItem> items;

    CostingRepository(TablebookStore store) {
        this.baselines = new Crud<>(store, store.tables().costingBaselines);
        this.classifications = new Crud<>(store, store.tables().classifications);
        this.items = new Crud<>(store, store.tables().costItems);
    }

    public List<CostingBaseline> baselines() {
        return baselines.list();
    }

    public Optional<CostingBaseline> findBaseline(String id) {
        return baselines.find(id);
    }

    public CostingBaseline create(String actor, CostingBaseline b) {
        return baselines.create(actor, b);
    }

    public CostingBaseline update(String actor, CostingBaseline b) {
        return baselines.update(actor, b);
    }

    public void deleteBaseline(String actor, String id) {
        baselines.delete(actor, id);
    }

    public List<Classification> classifications() {
        return classifications.list();
    }

    public Optional<Classification> findClassification(String id) {
        return classifications.find(id);
    }

    public Classification create(String actor, Classification c) {
        return classifications.create(actor, c);
    }

    public Classification update(String actor, Classification c) {
        return classifications.update(actor, c);
    }

    public void deleteClassification(String actor, String id) {
        classifications.delete(actor, id);
    }

    public List<CostItem> items() {
        return items.list();
    }

    public Optional<CostItem> findItem(String id) {
        return items.find(id);
    }

    public CostItem create(String actor, CostItem i) {
        return items.create(actor, i);
    }

    public CostItem update(String actor, CostItem i) {
        return items.update(actor, i);
    }

    public void deleteItem(String actor, String id) {
        items.delete(actor, id);
    }
}
