package org.tablebook.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One priced item of an economic pass: what it changes ({@link CostItemKind} says what the amount
 * means), for which classification (null: every one, where the kind allows), from which date.
 */
public record CostItem(
        String id,
        String proposalId,
        CostItemKind kind,
        String classificationId,
        BigDecimal amount,
        LocalDate effectiveOn,
        String note,
        Instant createdAt,
        Instant updatedAt) implements Entity {

    public CostItem {
        Check.id("id", id);
        Check.id("proposalId", proposalId);
        Check.present("kind", "label.theKindOfItem", kind);
        if (classificationId != null) {
            Check.id("classificationId", classificationId);
        } else if (kind.needsClassification()) {
            throw Check.refusal("classificationId", "record.costItemClassification");
        }
        Check.present("amount", "label.theAmount", amount);
        if (amount.signum() < 0 && (kind == CostItemKind.NEW_RATE || kind == CostItemKind.ADDED_POSITIONS)) {
            throw Check.refusal("amount", "record.amountNegativeHere");
        }
        Check.present("effectiveOn", "label.theEffectiveDate", effectiveOn);
        note = Check.text("note", "label.theNote", note);
        Check.timestamps("updatedAt", createdAt, updatedAt);
    }

    @Override
    public EntityKind entityKind() {
        return EntityKind.COST_ITEM;
    }
}
