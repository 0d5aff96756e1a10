package org.tablebook.domain;

import java.time.Instant;
import java.time.LocalDate;

/** One pass across the table on a demand: a proposal or a counterproposal. */
public record Proposal(
        String id,
        String demandId,
        Side side,
        LocalDate passedOn,
        String sessionId,
        ProposalKind kind,
        String summary,
        String text,
        Instant createdAt,
        Instant updatedAt) implements Entity {

    public Proposal {
        Check.id("id", id);
        Check.id("demandId", demandId);
        Check.present("side", "The side that passed it", side);
        Check.present("passedOn", "The date it was passed", passedOn);
        Check.present("kind", "The kind of pass", kind);
        summary = Check.required("summary", "The summary", summary);
        text = Check.text("text", "The text", text);
        Check.timestamps("updatedAt", createdAt, updatedAt);
    }

    @Override
    public EntityKind entityKind() {
        return EntityKind.PROPOSAL;
    }
}
