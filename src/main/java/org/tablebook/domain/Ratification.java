package org.tablebook.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A memorandum of agreement and the members' vote on it. A yes vote ratifies every agreement in
 * it; a no vote sends the parties back to the table (reference 002, feature 6).
 *
 * @param voteOn null until the vote is held; the counts are then required
 */
public record Ratification(
        String id,
        LocalDate moaDraftedOn,
        List<String> agreementIds,
        LocalDate voteOn,
        Integer eligibleVoters,
        Integer yes,
        Integer no,
        Instant createdAt,
        Instant updatedAt) implements Entity {

    public Ratification {
        Check.id("id", id);
        Check.present("moaDraftedOn", "label.theDateTheMemorandumWasDrafted", moaDraftedOn);
        agreementIds = Check.ids("agreementIds", "label.theAgreementsInTheMemorandum", agreementIds);
        Check.notBefore("voteOn", "label.theVote", voteOn, "label.theMemorandumsDrafting", moaDraftedOn);
        if (voteOn != null) {
            Check.present("eligibleVoters", "label.theNumberOfEligibleVoters", eligibleVoters);
            Check.present("yes", "label.theYesVotes", yes);
            Check.present("no", "label.theNoVotes", no);
        }
        if (eligibleVoters != null) {
            Check.notNegative("eligibleVoters", "label.theNumberOfEligibleVoters", eligibleVoters);
        }
        if (yes != null) {
            Check.notNegative("yes", "label.theYesVotes", yes);
        }
        if (no != null) {
            Check.notNegative("no", "label.theNoVotes", no);
        }
        if (yes != null && no != null && eligibleVoters != null && (long) yes + no > eligibleVoters) {
            throw Check.refusal("no", "record.votesOverEligible", yes, no, (long) yes + no, eligibleVoters);
        }
        Check.timestamps("updatedAt", createdAt, updatedAt);
    }

    /** The result once the vote is recorded: a majority of the votes cast ratifies. */
    public Optional<VoteResult> result() {
        if (voteOn == null || yes == null || no == null) {
            return Optional.empty();
        }
        return Optional.of(yes > no ? VoteResult.RATIFIED : VoteResult.REJECTED);
    }

    @Override
    public EntityKind entityKind() {
        return EntityKind.RATIFICATION;
    }
}
