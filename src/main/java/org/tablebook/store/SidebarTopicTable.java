package org.tablebook.store;

import java.sql.SQLException;
import java.util.List;

import org.tablebook.domain.Check;
import org.tablebook.domain.CommitteeDecision;
import org.tablebook.domain.EntityKind;
import org.tablebook.domain.SidebarTopic;

/** The demands discussed in a sidebar, each side's position and the committee's decision. */
final class SidebarTopicTable extends Table<SidebarTopic> {
    SidebarTopicTable() {
        super(EntityKind.SIDEBAR_TOPIC, SidebarTopic.class, "sidebar_topic", List.of("id", "sidebar_id", "demand_id",
                "our_position", "their_position", "tentative_conclusion", "decision", "decision_note", "decided_at",
                "created_at", "updated_at"), List.of());
    }

    @Override
    Object[] values(SidebarTopic t) {
        return new Object[] {t.id(), t.sidebarId(), t.demandId(), t.ourPosition(), t.theirPosition(),
            t.tentativeConclusion(), t.decision(), t.decisionNote(), t.decidedAt(), t.createdAt(), t.updatedAt()};
    }

    @Override
    SidebarTopic read(Sql.Row r, Lists lists) throws SQLException {
        return new SidebarTopic(r.text(), r.text(), r.text(), r.text(), r.text(), r.text(),
                r.enumOf(CommitteeDecision.class), r.text(), r.instant(), r.instant(), r.instant());
    }

    @Override
    List<Reference> references(SidebarTopic t) {
        return List.of(new Reference("sidebarId", "sidebar", EntityKind.SIDEBAR, t.sidebarId()),
                new Reference("demandId", "demand", EntityKind.DEMAND, t.demandId()));
    }

    @Override
    String describe(Sql sql, SidebarTopic t) {
        return Check.words("store.record.sidebarTopic");
    }

    @Override
    String instead() {
        return Check.phrase("store.instead.removeThose");
    }
}
