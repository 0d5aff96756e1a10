package org.tablebook.store;

import java.sql.SQLException;
import java.util.List;

import org.tablebook.domain.Check;
import org.tablebook.domain.EntityKind;
import org.tablebook.domain.Ratification;

/** Memoranda of agreement and their votes, with the agreements in {@code ratification_agreement}. */
final class RatificationTable extends Table<Ratification> {
    RatificationTable() {
        super(EntityKind.RATIFICATION, Ratification.class, "ratification", List.of("id", "moa_drafted_on", "vote_on",
                "eligible_voters", "yes_votes", "no_votes", "created_at", "updated_at"),
                List.of(new JoinList<>("ratification_agreement", "ratification_id", "agreement_id",
                        Ratification::agreementIds)));
    }

    @Override
    Object[] values(Ratification r) {
        return new Object[] {r.id(), r.moaDraftedOn(), r.voteOn(), r.eligibleVoters(), r.yes(), r.no(), r.createdAt(),
            r.updatedAt()};
    }

    @Override
    Ratification read(Sql.Row r, Lists lists) throws SQLException {
        String id = r.text();
        return new Ratification(id, r.date(), lists.of(0, id), r.date(), r.integer(), r.integer(), r.integer(),
                r.instant(), r.instant());
    }

    @Override
    List<Reference> references(Ratification r) {
        return r.agreementIds().stream()
                .map(id -> new Reference("agreementIds", "tentative_agreement", EntityKind.TENTATIVE_AGREEMENT, id)).toList();
    }

    @Override
    String describe(Sql sql, Ratification r) {
        return Check.words("store.record.memorandum", String.valueOf(r.moaDraftedOn()));
    }

    @Override
    String instead() {
        return Check.phrase("store.instead.removeThose");
    }
}
