package org.tablebook.store;

import java.sql.SQLException;
import java.util.List;

import org.tablebook.domain.Check;
import org.tablebook.domain.EntityKind;
import org.tablebook.domain.TableSession;

/** On-the-record sessions, with their attendees in {@code session_attendee}. */
final class TableSessionTable extends Table<TableSession> {
    TableSessionTable() {
        super(EntityKind.TABLE_SESSION, TableSession.class, "table_session", List.of("id", "held_on", "start_time",
                "end_time", "location", "notes", "created_at", "updated_at"),
                List.of(new JoinList<>("session_attendee", "session_id", "person_id", TableSession::attendeeIds)));
    }

    @Override
    Object[] values(TableSession s) {
        return new Object[] {s.id(), s.date(), s.start(), s.end(), s.location(), s.notes(), s.createdAt(), s.updatedAt()};
    }

    @Override
    TableSession read(Sql.Row r, Lists lists) throws SQLException {
        String id = r.text();
        return new TableSession(id, r.date(), r.time(), r.time(), r.text(), lists.of(0, id), r.text(), r.instant(),
                r.instant());
    }

    @Override
    List<Usage> usages() {
        return List.of(
                new Usage("SELECT count(*) FROM proposal WHERE session_id = ?", "store.verb.has",
                        "store.count.passesAtIt"),
                new Usage("SELECT count(*) FROM tentative_agreement WHERE confirmed_session_id = ?", "store.verb.confirmed",
                        "store.count.agreements"));
    }

    @Override
    List<Reference> references(TableSession s) {
        return s.attendeeIds().stream().map(id -> new Reference("attendeeIds", "person", EntityKind.PERSON, id)).toList();
    }

    @Override
    String describe(Sql sql, TableSession s) {
        return Check.words("store.record.session", String.valueOf(s.date()));
    }

    @Override
    String instead() {
        return Check.phrase("store.instead.moveToAnotherSession");
    }
}
