package org.tablebook.store;

import java.sql.SQLException;
import java.util.List;

import org.tablebook.domain.Check;
import org.tablebook.domain.Demand;
import org.tablebook.domain.DemandCategory;
import org.tablebook.domain.DemandOrigin;
import org.tablebook.domain.DemandPriority;
import org.tablebook.domain.DemandStatus;
import org.tablebook.domain.DemandSubject;
import org.tablebook.domain.EntityKind;
import org.tablebook.domain.Side;

/** Demands of both sides. */
final class DemandTable extends Table<Demand> {
    DemandTable() {
        super(EntityKind.DEMAND, Demand.class, "demand", List.of("id", "code", "article", "title", "description",
                "public_summary", "proposed_by", "category", "priority", "subject", "origin", "origin_note", "status",
                "confidential", "created_at", "updated_at"), List.of());
    }

    @Override
    Object[] values(Demand d) {
        return new Object[] {d.id(), d.code(), d.article(), d.title(), d.description(), d.publicSummary(),
            d.proposedBy(), d.category(), d.priority(), d.subject(), d.origin(), d.originNote(), d.status(),
            d.confidential(), d.createdAt(), d.updatedAt()};
    }

    @Override
    Demand read(Sql.Row r, Lists lists) throws SQLException {
        return new Demand(r.text(), r.text(), r.text(), r.text(), r.text(), r.text(), r.enumOf(Side.class),
                r.enumOf(DemandCategory.class), r.enumOf(DemandPriority.class), r.enumOf(DemandSubject.class),
                r.enumOf(DemandOrigin.class), r.text(), r.enumOf(DemandStatus.class), r.bool(), r.instant(), r.instant());
    }

    @Override
    List<Usage> usages() {
        return List.of(
                new Usage("SELECT count(*) FROM proposal WHERE demand_id = ?", "store.verb.has", "store.count.proposals"),
                new Usage("SELECT count(*) FROM tentative_agreement WHERE demand_id = ?", "store.verb.has",
                        "store.count.agreements"),
                new Usage("SELECT count(*) FROM sidebar_agenda WHERE demand_id = ?", "store.verb.isOnTheAgendaOf",
                        "store.count.sidebars"),
                new Usage("SELECT count(DISTINCT sidebar_id) FROM sidebar_topic WHERE demand_id = ?", "store.verb.wasDiscussedIn",
                        "store.count.sidebars"),
                new Usage("SELECT count(*) FROM section_language WHERE demand_id = ?", "store.verb.has",
                        "store.count.languagePieces"));
    }

    @Override
    String describe(Sql sql, Demand d) {
        return Check.words("store.record.demand", d.code());
    }

    @Override
    String instead() {
        return Check.phrase("store.instead.withdraw");
    }
}
