package org.tablebook.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.tablebook.domain.Check;
import org.tablebook.domain.EntityKind;
import org.tablebook.domain.TaSource;
import org.tablebook.domain.TaStatus;
import org.tablebook.domain.TentativeAgreement;

/** Tentative agreements. */
final class AgreementTable extends Table<TentativeAgreement> {
    AgreementTable() {
        super(EntityKind.TENTATIVE_AGREEMENT, TentativeAgreement.class, "tentative_agreement", List.of("id", "demand_id",
                "text", "public_text", "source", "sidebar_id", "reached_on", "initialed_by_us_on", "initialed_by_them_on",
                "team_approved_at", "confirmed_session_id", "status", "created_at", "updated_at"), List.of());
    }

    @Override
    Object[] values(TentativeAgreement a) {
        return new Object[] {a.id(), a.demandId(), a.text(), a.publicText(), a.source(), a.sidebarId(), a.reachedOn(),
            a.initialedByUsOn(), a.initialedByThemOn(), a.teamApprovedAt(), a.confirmedSessionId(), a.status(),
            a.createdAt(), a.updatedAt()};
    }

    @Override
    TentativeAgreement read(Sql.Row r, Lists lists) throws SQLException {
        return new TentativeAgreement(r.text(), r.text(), r.text(), r.text(), r.enumOf(TaSource.class), r.text(),
                r.date(), r.date(), r.date(), r.instant(), r.text(), r.enumOf(TaStatus.class), r.instant(), r.instant());
    }

    @Override
    List<Usage> usages() {
        return List.of(
                new Usage("SELECT count(*) FROM ratification_agreement WHERE agreement_id = ?", "store.verb.isIn",
                        "store.count.memoranda"),
                new Usage("SELECT count(*) FROM compliance_item WHERE agreement_id = ?", "store.verb.has",
                        "store.count.complianceItems"),
                new Usage("SELECT count(*) FROM section_language WHERE agreement_id = ?", "store.verb.has",
                        "store.count.agreedSections"));
    }

    @Override
    List<Reference> references(TentativeAgreement a) {
        List<Reference> refs = new ArrayList<>();
        refs.add(new Reference("demandId", "demand", EntityKind.DEMAND, a.demandId()));
        if (a.sidebarId() != null) {
            refs.add(new Reference("sidebarId", "sidebar", EntityKind.SIDEBAR, a.sidebarId()));
        }
        if (a.confirmedSessionId() != null) {
            refs.add(new Reference("confirmedSessionId", "table_session", EntityKind.TABLE_SESSION, a.confirmedSessionId()));
        }
        return refs;
    }

    @Override
    String describe(Sql sql, TentativeAgreement a) throws SQLException {
        String code = sql.one("SELECT code FROM demand WHERE id = ?", Sql.Row::text, a.demandId()).orElse("?");
        return Check.words("store.record.agreement", code, String.valueOf(a.reachedOn()));
    }

    @Override
    String instead() {
        return Check.phrase("store.instead.reopen", "label.TaStatus." + TaStatus.REOPENED.name());
    }
}
