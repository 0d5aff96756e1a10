package org.tablebook.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.tablebook.domain.Check;
import org.tablebook.domain.EntityKind;
import org.tablebook.domain.ReportBack;
import org.tablebook.domain.ValidationException;

/** Report-backs: at most one per sidebar. */
final class ReportBackTable extends Table<ReportBack> {
    ReportBackTable() {
        super(EntityKind.REPORT_BACK, ReportBack.class, "report_back", List.of("id", "sidebar_id", "reported_at",
                "reported_by_id", "full_team_present", "summary", "created_at", "updated_at"), List.of());
    }

    @Override
    Object[] values(ReportBack b) {
        return new Object[] {b.id(), b.sidebarId(), b.reportedAt(), b.reportedById(), b.fullTeamPresent(), b.summary(),
            b.createdAt(), b.updatedAt()};
    }

    @Override
    ReportBack read(Sql.Row r, Lists lists) throws SQLException {
        return new ReportBack(r.text(), r.text(), r.instant(), r.text(), r.bool(), r.text(), r.instant(), r.instant());
    }

    @Override
    List<Reference> references(ReportBack b) {
        List<Reference> refs = new ArrayList<>();
        refs.add(new Reference("sidebarId", "sidebar", EntityKind.SIDEBAR, b.sidebarId()));
        if (b.reportedById() != null) {
            refs.add(new Reference("reportedById", "person", EntityKind.PERSON, b.reportedById()));
        }
        return refs;
    }

    @Override
    ValidationException duplicate(ReportBack b) {
        return Check.refusal("sidebarId", "store.duplicate.reportBack");
    }

    @Override
    String describe(Sql sql, ReportBack b) {
        return Check.words("store.record.reportBack");
    }

    @Override
    String instead() {
        return Check.phrase("store.instead.removeThose");
    }
}
