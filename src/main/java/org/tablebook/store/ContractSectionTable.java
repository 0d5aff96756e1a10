package org.tablebook.store;

import java.sql.SQLException;
import java.util.List;

import org.tablebook.domain.Check;
import org.tablebook.domain.ContractSection;
import org.tablebook.domain.EntityKind;

/** The contract's sections: the current contract's, and the ones demands add. */
final class ContractSectionTable extends Table<ContractSection> {
    ContractSectionTable() {
        super(EntityKind.CONTRACT_SECTION, ContractSection.class, "contract_section", List.of("id", "article_number",
                "article_title", "number", "title", "text", "position", "created_at", "updated_at"), List.of());
    }

    @Override
    Object[] values(ContractSection c) {
        return new Object[] {c.id(), c.articleNumber(), c.articleTitle(), c.number(), c.title(), c.text(),
            c.position(), c.createdAt(), c.updatedAt()};
    }

    @Override
    ContractSection read(Sql.Row r, Lists lists) throws SQLException {
        return new ContractSection(r.text(), r.text(), r.text(), r.text(), r.text(), r.text(), r.intValue(),
                r.instant(), r.instant());
    }

    @Override
    List<Usage> usages() {
        return List.of(new Usage("SELECT count(DISTINCT demand_id) FROM section_language WHERE section_id = ?",
                "store.verb.isChangedBy", "store.count.demands"));
    }

    @Override
    String describe(Sql sql, ContractSection c) {
        return c.label();
    }

    @Override
    String instead() {
        return Check.phrase("store.instead.takeOffDemands");
    }
}
