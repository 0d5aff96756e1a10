package org.tablebook.store;

import java.sql.SQLException;
import java.util.List;

import org.tablebook.domain.Check;
import org.tablebook.domain.ComplianceItem;
import org.tablebook.domain.ComplianceStatus;
import org.tablebook.domain.EntityKind;

/** Obligations of the agreement watched after the table. */
final class ComplianceTable extends Table<ComplianceItem> {
    ComplianceTable() {
        super(EntityKind.COMPLIANCE_ITEM, ComplianceItem.class, "compliance_item", List.of("id", "clause",
                "agreement_id", "obligation", "responsible_party", "due_on", "status", "breach_noticed_on",
                "grievance_filed_on", "grievance_window_days", "created_at", "updated_at"), List.of());
    }

    @Override
    Object[] values(ComplianceItem c) {
        return new Object[] {c.id(), c.clause(), c.agreementId(), c.obligation(), c.responsibleParty(), c.dueOn(),
            c.status(), c.breachNoticedOn(), c.grievanceFiledOn(), c.grievanceWindowDays(), c.createdAt(), c.updatedAt()};
    }

    @Override
    ComplianceItem read(Sql.Row r, Lists lists) throws SQLException {
        return new ComplianceItem(r.text(), r.text(), r.text(), r.text(), r.text(), r.date(),
                r.enumOf(ComplianceStatus.class), r.date(), r.date(), r.intValue(), r.instant(), r.instant());
    }

    @Override
    List<Reference> references(ComplianceItem c) {
        return c.agreementId() == null ? List.of()
                : List.of(new Reference("agreementId", "tentative_agreement", EntityKind.TENTATIVE_AGREEMENT, c.agreementId()));
    }

    @Override
    String describe(Sql sql, ComplianceItem c) {
        return Check.words("store.record.complianceItem", c.obligation());
    }

    @Override
    String instead() {
        return Check.phrase("store.instead.removeThose");
    }
}
