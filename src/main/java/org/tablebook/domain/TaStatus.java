package org.tablebook.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a tentative agreement stands on its way to a ratified contract. Moves follow
 * {@link #allowedNext()}: a TA is confirmed on the record, goes into a memorandum of agreement,
 * and is ratified by the members' vote (reference 001); a no vote sends it back to CONFIRMED
 * (reference 002, feature 6). Reopening needs both sides and puts it back on the table.
 */
public enum TaStatus {
    TENTATIVE, CONFIRMED, IN_MOA, RATIFIED, REOPENED;

    /** True once an agreement has gone past TENTATIVE towards the contract. */
    public boolean isBeyondTentative() {
        return this == CONFIRMED || this == IN_MOA || this == RATIFIED;
    }

    /** True while the agreement stands (it has not been reopened). */
    public boolean isStanding() {
        return this != REOPENED;
    }

    /** The statuses an agreement in this status may move to directly. */
    public Set<TaStatus> allowedNext() {
        return switch (this) {
            case TENTATIVE -> EnumSet.of(CONFIRMED, REOPENED);
            case CONFIRMED -> EnumSet.of(IN_MOA, REOPENED);
            // Out of a memorandum: taken out before the vote, or sent back by a no vote.
            case IN_MOA -> EnumSet.of(CONFIRMED, RATIFIED);
            case RATIFIED -> EnumSet.noneOf(TaStatus.class);
            case REOPENED -> EnumSet.of(TENTATIVE);
        };
    }

    /** Refuses a move the lifecycle does not allow, saying what to do instead. */
    public TaStatus moveTo(TaStatus target) {
        if (target == this || allowedNext().contains(target)) {
            return target;
        }
        String how = switch (this) {
            case TENTATIVE -> target == IN_MOA
                    ? " Confirm it at an on-the-record session first: only confirmed agreements go into a memorandum."
                    : " Confirm it on the record, then put it in a memorandum of agreement for the members' vote.";
            case CONFIRMED -> target == TENTATIVE
                    ? " A confirmed agreement is taken back only by reopening it, which needs both sides."
                    : " Put it in a memorandum of agreement first: only the members' vote on a memorandum ratifies.";
            case IN_MOA -> " Take it out of its memorandum first (or record the memorandum's vote).";
            case RATIFIED -> " A ratified agreement is part of the contract: changing it takes a new agreement.";
            case REOPENED -> " Record that it was reached again first: it goes back to TENTATIVE.";
        };
        throw new ValidationException("status", "A " + this + " agreement cannot become " + target + "." + how);
    }
}
