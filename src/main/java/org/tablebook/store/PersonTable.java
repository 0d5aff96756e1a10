package org.tablebook.store;

import java.sql.SQLException;
import java.util.List;

import org.tablebook.domain.Check;
import org.tablebook.domain.EntityKind;
import org.tablebook.domain.Person;
import org.tablebook.domain.PersonRole;
import org.tablebook.domain.Side;

/** People of both sides. Someone who was in a session or sidebar is deactivated, never deleted. */
final class PersonTable extends Table<Person> {
    PersonTable() {
        super(EntityKind.PERSON, Person.class, "person",
                List.of("id", "name", "side", "role", "can_agree", "active", "created_at", "updated_at"), List.of());
    }

    @Override
    Object[] values(Person p) {
        return new Object[] {p.id(), p.name(), p.side(), p.role(), p.canAgree(), p.active(), p.createdAt(), p.updatedAt()};
    }

    @Override
    Person read(Sql.Row r, Lists lists) throws SQLException {
        return new Person(r.text(), r.text(), r.enumOf(Side.class), r.enumOf(PersonRole.class), r.bool(), r.bool(),
                r.instant(), r.instant());
    }

    @Override
    List<Usage> usages() {
        return List.of(
                new Usage("SELECT count(*) FROM session_attendee WHERE person_id = ?", "store.verb.appearsIn",
                        "store.count.sessions"),
                new Usage("SELECT count(*) FROM sidebar_attendee WHERE person_id = ?", "store.verb.appearsIn", "store.count.sidebars"),
                new Usage("SELECT count(*) FROM sidebar_start_present WHERE person_id = ?", "store.verb.wasAtTheStartOf",
                        "store.count.sidebars"),
                new Usage("SELECT count(*) FROM report_back WHERE reported_by_id = ?", "store.verb.gave",
                        "store.count.reportBacks"));
    }

    @Override
    String describe(Sql sql, Person p) {
        return p.name();
    }

    @Override
    String instead() {
        return Check.phrase("store.instead.deactivate");
    }
}
