package org.tablebook.store;

import java.sql.SQLException;
import java.util.List;

import org.tablebook.domain.Check;
import org.tablebook.domain.Classification;
import org.tablebook.domain.EntityKind;
import org.tablebook.domain.PayBasis;

/** The unit's classifications in aggregate. One named by a costing item cannot be deleted. */
final class ClassificationTable extends Table<Classification> {
    ClassificationTable() {
        super(EntityKind.CLASSIFICATION, Classification.class, "classification", List.of("id", "name", "headcount",
                "pay_basis", "rate", "standard_hours", "overtime_hours", "overtime_multiplier", "premium_hours",
                "premium_per_hour", "health_premium", "employer_health_percent", "pension_percent", "created_at",
                "updated_at"), List.of());
    }

    @Override
    Object[] values(Classification c) {
        return new Object[] {c.id(), c.name(), c.headcount(), c.payBasis(), c.rate(), c.standardHours(),
            c.overtimeHours(), c.overtimeMultiplier(), c.premiumHours(), c.premiumPerHour(), c.healthPremium(),
            c.employerHealthPercent(), c.pensionPercent(), c.createdAt(), c.updatedAt()};
    }

    @Override
    Classification read(Sql.Row r, Lists lists) throws SQLException {
        return new Classification(r.text(), r.text(), r.intValue(), r.enumOf(PayBasis.class), r.decimal(),
                r.decimal(), r.decimal(), r.decimal(), r.decimal(), r.decimal(), r.decimal(), r.decimal(), r.decimal(),
                r.instant(), r.instant());
    }

    @Override
    List<Usage> usages() {
        return List.of(new Usage("SELECT count(*) FROM cost_item WHERE classification_id = ?", "store.verb.isNamedBy",
                "store.count.costingItems"));
    }

    @Override
    String describe(Sql sql, Classification c) {
        return Check.words("store.record.classification", c.name());
    }

    @Override
    String instead() {
        return Check.phrase("store.instead.removeThoseItems");
    }
}
