package org.tablebook.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A tentative agreement on a demand. A sidebar-sourced agreement stays TENTATIVE until the whole
 * team approves it (references 000 and 001); none becomes RATIFIED without a ratification vote,
 * which the negotiation snapshot checks.
 *
 * @param confirmedSessionId the on-the-record session that confirmed it; null until then
 */
public record TentativeAgreement(
        String id,
        String demandId,
        String text,
        String publicText,
        TaSource source,
        String sidebarId,
        LocalDate reachedOn,
        LocalDate initialedByUsOn,
        LocalDate initialedByThemOn,
        Instant teamApprovedAt,
        String confirmedSessionId,
        TaStatus status,
        Instant createdAt,
        Instant updatedAt) implements Entity {

    /**
     * The agreement made from a sidebar topic: TENTATIVE, reached on the given day, its text the
     * tentative conclusion. When the committee ACCEPTed the topic at a report-back the full team
     * attended, that decision is the team's approval (references 000 and 001), recorded at the
     * moment it was made, so nobody types it again and the agreement can be confirmed on the record.
     */
    public static TentativeAgreement fromTopic(String id, SidebarTopic topic, Optional<ReportBack> reportBack,
            LocalDate reachedOn, Instant now) {
        boolean approvedByFullTeam = topic.decision() == CommitteeDecision.ACCEPT
                && reportBack.map(ReportBack::fullTeamPresent).orElse(false);
        return new TentativeAgreement(id, topic.demandId(), topic.tentativeConclusion(), "", TaSource.SIDEBAR,
                topic.sidebarId(), reachedOn, null, null, approvedByFullTeam ? topic.decidedAt() : null, null,
                TaStatus.TENTATIVE, now, now);
    }

    public TentativeAgreement {
        Check.id("id", id);
        Check.id("demandId", demandId);
        text = Check.required("text", "label.theAgreedText", text);
        publicText = Check.text("publicText", "label.thePublicText", publicText);
        Check.present("source", "label.whereItWasReached", source);
        if (source == TaSource.SIDEBAR && (sidebarId == null || sidebarId.isBlank())) {
            throw Check.refusal("sidebarId", "record.sidebarTaNamesSidebar");
        }
        if (source == TaSource.TABLE && sidebarId != null) {
            throw Check.refusal("sidebarId", "record.tableTaNoSidebar");
        }
        Check.present("reachedOn", "label.theDateItWasReached", reachedOn);
        Check.notBefore("initialedByUsOn", "label.ourInitials", initialedByUsOn, "label.theDateItWasReached", reachedOn);
        Check.notBefore("initialedByThemOn", "label.theirInitials", initialedByThemOn, "label.theDateItWasReached", reachedOn);
        Check.present("status", "label.theStatus", status);
        if (source == TaSource.SIDEBAR && status.isBeyondTentative() && teamApprovedAt == null) {
            throw Check.refusal("status", "record.sidebarTaNeedsTeam");
        }
        Check.timestamps("updatedAt", createdAt, updatedAt);
    }

    /**
     * The same agreement in another status, refused when the lifecycle does not allow the move
     * ({@link TaStatus#moveTo}) or when the texts forbid it: a sidebar agreement needs the team's
     * approval to pass TENTATIVE, and only a ratification vote makes one RATIFIED (use
     * {@link #ratifiedBy}).
     */
    public TentativeAgreement withStatus(TaStatus target, Instant now) {
        Check.present("status", "label.theStatus", target);
        if (target == TaStatus.RATIFIED && status != TaStatus.RATIFIED) {
            throw Check.refusal("status", "record.onlyVoteRatifies");
        }
        TaStatus next = status.moveTo(target);
        if (source == TaSource.SIDEBAR && next.isBeyondTentative() && teamApprovedAt == null) {
            throw Check.refusal("teamApprovedAt", "record.sidebarTaNeedsTeamTime");
        }
        return with(next, now);
    }

    /**
     * This agreement RATIFIED by the vote on its memorandum. Refused unless the vote is recorded,
     * was a yes, and the memorandum holds this agreement.
     */
    public TentativeAgreement ratifiedBy(Ratification vote, Instant now) {
        Check.present("ratification", "label.theRatificationVote", vote);
        if (!vote.agreementIds().contains(id)) {
            throw Check.refusal("status", "record.notInThatMemorandum", vote.moaDraftedOn().toString());
        }
        if (vote.result().orElse(null) != VoteResult.RATIFIED) {
            throw Check.refusal("status", vote.result().isEmpty() ? "record.memorandumNotVoted" : "record.memorandumVotedDown", vote.moaDraftedOn().toString());
        }
        if (status != TaStatus.IN_MOA && status != TaStatus.RATIFIED) {
            throw Check.refusal("status", "record.cannotBeRatified");
        }
        return with(TaStatus.RATIFIED, now);
    }

    /** Whether both sides have initialed it. */
    public boolean initialedByBoth() {
        return initialedByUsOn != null && initialedByThemOn != null;
    }

    private TentativeAgreement with(TaStatus next, Instant now) {
        if (next == status) {
            return this;
        }
        return new TentativeAgreement(id, demandId, text, publicText, source, sidebarId, reachedOn, initialedByUsOn,
                initialedByThemOn, teamApprovedAt, confirmedSessionId, next, createdAt, now);
    }

    @Override
    public EntityKind entityKind() {
        return EntityKind.TENTATIVE_AGREEMENT;
    }
}
