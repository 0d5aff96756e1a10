package org.tablebook.store;

import java.sql.SQLException;
import java.util.List;

import org.tablebook.domain.Check;
import org.tablebook.domain.CostingBaseline;
import org.tablebook.domain.EntityKind;
import org.tablebook.domain.ValidationException;

/** The unit's costing baseline: currency, contract term, roll-up. At most one row. */
final class CostingBaselineTable extends Table<CostingBaseline> {
    CostingBaselineTable() {
        super(EntityKind.COSTING_BASELINE, CostingBaseline.class, "costing_baseline", List.of("id", "currency",
                "term_start", "term_end", "roll_up_percent", "created_at", "updated_at"), List.of());
    }

    @Override
    Object[] values(CostingBaseline b) {
        return new Object[] {b.id(), b.currency(), b.termStart(), b.termEnd(), b.rollUpPercent(), b.createdAt(),
            b.updatedAt()};
    }

    @Override
    CostingBaseline read(Sql.Row r, Lists lists) throws SQLException {
        return new CostingBaseline(r.text(), r.text(), r.date(), r.date(), r.decimal(), r.instant(), r.instant());
    }

    @Override
    ValidationException duplicate(CostingBaseline b) {
        return Check.refusal("id", "store.duplicate.baseline");
    }

    @Override
    String describe(Sql sql, CostingBaseline b) {
        return Check.words("store.record.baseline");
    }

    @Override
    String instead() {
        return Check.phrase("store.instead.removeThose");
    }
}
