package org.tablebook.domain;

import java.time.Instant;

/**
 * One demand discussed in a sidebar: each side's position and the tentative conclusion, then the
 * full committee's decision on it (reference 001: the committee accepts, rejects or counters).
 *
 * @param decision null until the committee decides
 */
public record SidebarTopic(
        String id,
        String sidebarId,
        String demandId,
        String ourPosition,
        String theirPosition,
        String tentativeConclusion,
        CommitteeDecision decision,
        String decisionNote,
        Instant decidedAt,
        Instant createdAt,
        Instant updatedAt) implements Entity {

    public SidebarTopic {
        Check.id("id", id);
        Check.id("sidebarId", sidebarId);
        Check.id("demandId", demandId);
        ourPosition = Check.text("ourPosition", "label.ourPosition", ourPosition);
        theirPosition = Check.text("theirPosition", "label.theirPosition", theirPosition);
        tentativeConclusion = Check.text("tentativeConclusion", "label.theTentativeConclusion", tentativeConclusion);
        decisionNote = Check.text("decisionNote", "label.theDecisionNote", decisionNote);
        if (decision != null && decidedAt == null) {
            throw Check.refusal("decidedAt", "record.decisionNeedsTime");
        }
        if (decision == null && decidedAt != null) {
            throw Check.refusal("decision", "record.timeWithoutDecision");
        }
        Check.timestamps("updatedAt", createdAt, updatedAt);
    }

    @Override
    public EntityKind entityKind() {
        return EntityKind.SIDEBAR_TOPIC;
    }
}
