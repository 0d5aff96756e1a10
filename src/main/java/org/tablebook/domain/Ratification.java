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
        Check.present("moaDraftedOn", "The date the memorandum was drafted", moaDraftedOn);
        agreementIds = Check.ids("agreementIds", "The agreements in the memorandum", agreementIds);
        Check.notBefore("voteOn", "The vote", voteOn, "the memorandum's drafting", moaDraftedOn);
        if (voteOn != null) {
            Check.present("eligibleVoters", "The number of eligible voters", eligibleVoters);
            Check.present("yes", "The yes votes", yes);
            Check.present("no", "The no votes", no);
        }
        if (eligibleVoters != null) {
            Check.notNegative("eligibleVoters", "The number of eligible voters", eligibleVoters);
        }
        if (yes != null) {
            Check.notNegative("yes", "The yes votes", yes);
        }
        if (no != null) {
            Check.notNegative("no", "The no votes", no);
        }
        if (yes != null && no != null && eligibleVoters != null && (long) yes + no > eligibleVoters) {
            throw new ValidationException("no", "Yes (" + yes + ") and no (" + no + ") add up to " + ((long) yes + no)
                    + ", more than the " + eligibleVoters + " eligible voters.");
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
