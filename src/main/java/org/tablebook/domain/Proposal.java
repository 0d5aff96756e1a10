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
        Check.present("side", "label.theSideThatPassedIt", side);
        Check.present("passedOn", "label.theDateItWasPassed", passedOn);
        Check.present("kind", "label.theKindOfPass", kind);
        summary = Check.required("summary", "label.theSummary", summary);
        text = Check.text("text", "label.theText", text);
        Check.timestamps("updatedAt", createdAt, updatedAt);
    }

    @Override
    public EntityKind entityKind() {
        return EntityKind.PROPOSAL;
    }
}
