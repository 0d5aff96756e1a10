package org.tablebook.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.tablebook.domain.Check;
import org.tablebook.domain.EntityKind;
import org.tablebook.domain.Proposal;
import org.tablebook.domain.ProposalKind;
import org.tablebook.domain.Side;

/** Passes across the table. Only a pass's costing items point at it: they go before the pass. */
final class ProposalTable extends Table<Proposal> {
    ProposalTable() {
        super(EntityKind.PROPOSAL, Proposal.class, "proposal", List.of("id", "demand_id", "side", "passed_on",
                "session_id", "kind", "summary", "text", "created_at", "updated_at"), List.of());
    }

    @Override
    Object[] values(Proposal p) {
        return new Object[] {p.id(), p.demandId(), p.side(), p.passedOn(), p.sessionId(), p.kind(), p.summary(),
            p.text(), p.createdAt(), p.updatedAt()};
    }

    @Override
    Proposal read(Sql.Row r, Lists lists) throws SQLException {
        return new Proposal(r.text(), r.text(), r.enumOf(Side.class), r.date(), r.text(), r.enumOf(ProposalKind.class),
                r.text(), r.text(), r.instant(), r.instant());
    }

    @Override
    List<Reference> references(Proposal p) {
        List<Reference> refs = new ArrayList<>();
        refs.add(new Reference("demandId", "demand", EntityKind.DEMAND, p.demandId()));
        if (p.sessionId() != null) {
            refs.add(new Reference("sessionId", "table_session", EntityKind.TABLE_SESSION, p.sessionId()));
        }
        return refs;
    }

    @Override
    List<Usage> usages() {
        return List.of(new Usage("SELECT count(*) FROM cost_item WHERE proposal_id = ?", "store.verb.has",
                "store.count.costingItems"), new Usage("SELECT count(*) FROM section_language WHERE proposal_id = ?",
                "store.verb.carries", "store.count.proposedSections"));
    }

    @Override
    String describe(Sql sql, Proposal p) {
        return Check.words("store.record.pass", String.valueOf(p.passedOn()));
    }

    @Override
    String instead() {
        return Check.phrase("store.instead.removeThose");
    }
}
