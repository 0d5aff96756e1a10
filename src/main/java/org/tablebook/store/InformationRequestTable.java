package org.tablebook.store;

import java.sql.SQLException;
import java.util.List;

import org.tablebook.domain.Check;
import org.tablebook.domain.EntityKind;
import org.tablebook.domain.InformationRequest;
import org.tablebook.domain.Side;

/** Requests for information across the table. */
final class InformationRequestTable extends Table<InformationRequest> {
    InformationRequestTable() {
        super(EntityKind.INFORMATION_REQUEST, InformationRequest.class, "information_request", List.of("id", "asked_by",
                "asked_on", "subject", "due_on", "answered_on", "notes", "created_at", "updated_at"), List.of());
    }

    @Override
    Object[] values(InformationRequest q) {
        return new Object[] {q.id(), q.askedBy(), q.askedOn(), q.subject(), q.dueOn(), q.answeredOn(), q.notes(),
            q.createdAt(), q.updatedAt()};
    }

    @Override
    InformationRequest read(Sql.Row r, Lists lists) throws SQLException {
        return new InformationRequest(r.text(), r.enumOf(Side.class), r.date(), r.text(), r.date(), r.date(), r.text(),
                r.instant(), r.instant());
    }

    @Override
    String describe(Sql sql, InformationRequest q) {
        return Check.words("store.record.request", q.subject());
    }

    @Override
    String instead() {
        return Check.phrase("store.instead.removeThose");
    }
}
