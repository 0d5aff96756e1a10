package org.tablebook.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.tablebook.domain.Check;
import org.tablebook.domain.EntityKind;
import org.tablebook.domain.LanguageRole;
import org.tablebook.domain.SectionLanguage;

/** The sections a demand changes and the language its passes propose and its TAs agree. */
final class SectionLanguageTable extends Table<SectionLanguage> {
    SectionLanguageTable() {
        super(EntityKind.SECTION_LANGUAGE, SectionLanguage.class, "section_language", List.of("id", "role",
                "section_id", "demand_id", "proposal_id", "agreement_id", "text", "created_at", "updated_at"),
                List.of());
    }

    @Override
    Object[] values(SectionLanguage l) {
        return new Object[] {l.id(), l.role(), l.sectionId(), l.demandId(), l.proposalId(), l.agreementId(),
            l.text(), l.createdAt(), l.updatedAt()};
    }

    @Override
    SectionLanguage read(Sql.Row r, Lists lists) throws SQLException {
        return new SectionLanguage(r.text(), r.enumOf(LanguageRole.class), r.text(), r.text(), r.text(), r.text(),
                r.text(), r.instant(), r.instant());
    }

    @Override
    List<Reference> references(SectionLanguage l) {
        List<Reference> refs = new ArrayList<>(List.of(
                new Reference("sectionId", "contract_section", EntityKind.CONTRACT_SECTION, l.sectionId()),
                new Reference("demandId", "demand", EntityKind.DEMAND, l.demandId())));
        if (l.proposalId() != null) {
            refs.add(new Reference("proposalId", "proposal", EntityKind.PROPOSAL, l.proposalId()));
        }
        if (l.agreementId() != null) {
            refs.add(new Reference("agreementId", "tentative_agreement", EntityKind.TENTATIVE_AGREEMENT, l.agreementId()));
        }
        return refs;
    }

    @Override
    String describe(Sql sql, SectionLanguage l) {
        return Check.words("store.record.sectionLanguage");
    }

    @Override
    String instead() {
        return Check.phrase("store.instead.removeThose");
    }
}
