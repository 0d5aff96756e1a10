package org.tablebook.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.tablebook.domain.Check;
import org.tablebook.domain.CostItem;
import org.tablebook.domain.CostItemKind;
import org.tablebook.domain.EntityKind;

/** The priced items of economic passes. */
final class CostItemTable extends Table<CostItem> {
    CostItemTable() {
        super(EntityKind.COST_ITEM, CostItem.class, "cost_item", List.of("id", "proposal_id", "kind",
                "classification_id", "amount", "effective_on", "note", "created_at", "updated_at"), List.of());
    }

    @Override
    Object[] values(CostItem c) {
        return new Object[] {c.id(), c.proposalId(), c.kind(), c.classificationId(), c.amount(), c.effectiveOn(),
            c.note(), c.createdAt(), c.updatedAt()};
    }

    @Override
    CostItem read(Sql.Row r, Lists lists) throws SQLException {
        return new CostItem(r.text(), r.text(), r.enumOf(CostItemKind.class), r.text(), r.decimal(), r.date(),
                r.text(), r.instant(), r.instant());
    }

    @Override
    List<Reference> references(CostItem c) {
        List<Reference> refs = new ArrayList<>();
        refs.add(new Reference("proposalId", "proposal", EntityKind.PROPOSAL, c.proposalId()));
        if (c.classificationId() != null) {
            refs.add(new Reference("classificationId", "classification", EntityKind.CLASSIFICATION, c.classificationId()));
        }
        return refs;
    }

    @Override
    String describe(Sql sql, CostItem c) {
        return Check.words("store.record.costItem", String.valueOf(c.effectiveOn()));
    }

    @Override
    String instead() {
        return Check.phrase("store.instead.removeThose");
    }
}
