package org.tablebook.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.tablebook.domain.Check;
import org.tablebook.domain.EntityKind;
import org.tablebook.domain.SidebarStart;
import org.tablebook.domain.ValidationException;

/** What each sidebar started with: one per sidebar, with who was there, what was unmet and who joined later. */
final class SidebarStartTable extends Table<SidebarStart> {
    SidebarStartTable() {
        super(EntityKind.SIDEBAR_START, SidebarStart.class, "sidebar_start", List.of("id", "sidebar_id", "started_at",
                "correction", "created_at", "updated_at"),
                List.of(new JoinList<>("sidebar_start_present", "sidebar_start_id", "person_id", SidebarStart::presentIds),
                        new JoinList<>("sidebar_start_unmet", "sidebar_start_id", "condition",
                                SidebarStart::unmetConditions),
                        new JoinList<>("sidebar_start_join", "sidebar_start_id", "entry", SidebarStart::joins)));
    }

    @Override
    Object[] values(SidebarStart s) {
        return new Object[] {s.id(), s.sidebarId(), s.startedAt(), s.correction(), s.createdAt(), s.updatedAt()};
    }

    @Override
    SidebarStart read(Sql.Row r, Lists lists) throws SQLException {
        String id = r.text();
        String sidebarId = r.text();
        return new SidebarStart(id, sidebarId, r.instant(), lists.of(0, id), lists.of(1, id), lists.of(2, id), r.text(),
                r.instant(), r.instant());
    }

    @Override
    List<Reference> references(SidebarStart s) {
        List<Reference> refs = new ArrayList<>();
        refs.add(new Reference("sidebarId", "sidebar", EntityKind.SIDEBAR, s.sidebarId()));
        s.presentIds().forEach(id -> refs.add(new Reference("presentIds", "person", EntityKind.PERSON, id)));
        return refs;
    }

    @Override
    ValidationException duplicate(SidebarStart s) {
        return Check.refusal("sidebarId", "store.duplicate.sidebarStart");
    }

    @Override
    String describe(Sql sql, SidebarStart s) {
        return Check.words("store.record.sidebarStart");
    }

    @Override
    String instead() {
        return Check.phrase("store.instead.keepStart");
    }
}
