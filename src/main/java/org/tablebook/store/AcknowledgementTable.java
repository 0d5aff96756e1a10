package org.tablebook.store;

import java.sql.SQLException;
import java.util.List;

import org.tablebook.domain.Check;
import org.tablebook.domain.EntityKind;
import org.tablebook.domain.EntityRef;
import org.tablebook.domain.RuleAcknowledgement;

/** Findings the team has looked at and accepts, with the reason. */
final class AcknowledgementTable extends Table<RuleAcknowledgement> {
    AcknowledgementTable() {
        super(EntityKind.RULE_ACKNOWLEDGEMENT, RuleAcknowledgement.class, "rule_acknowledgement", List.of("id",
                "rule_id", "subject_kind", "subject_id", "facts_fingerprint", "acknowledged_by", "reason",
                "acknowledged_at", "created_at", "updated_at"), List.of());
    }

    @Override
    Object[] values(RuleAcknowledgement a) {
        return new Object[] {a.id(), a.ruleId(), a.subject().kind(), a.subject().id(), a.factsFingerprint(), a.by(),
            a.reason(), a.at(), a.createdAt(), a.updatedAt()};
    }

    @Override
    RuleAcknowledgement read(Sql.Row r, Lists lists) throws SQLException {
        return new RuleAcknowledgement(r.text(), r.text(), new EntityRef(r.enumOf(EntityKind.class), r.text()),
                r.text(), r.text(), r.text(), r.instant(), r.instant(), r.instant());
    }

    @Override
    String describe(Sql sql, RuleAcknowledgement a) {
        return Check.words("store.record.acknowledgement", a.ruleId());
    }

    @Override
    String instead() {
        return Check.phrase("store.instead.removeThose");
    }
}
