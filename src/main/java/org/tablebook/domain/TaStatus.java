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
        // What to do instead depends on where the agreement stands, and for two of them on where it was asked to go.
        String how = switch (this) {
            case TENTATIVE -> target == IN_MOA ? "TENTATIVE.IN_MOA" : "TENTATIVE";
            case CONFIRMED -> target == TENTATIVE ? "CONFIRMED.TENTATIVE" : "CONFIRMED";
            case IN_MOA, RATIFIED, REOPENED -> name();
        };
        throw Check.refusal("status", "status.agreementMove." + how, "label.TaStatus." + name(),
                "label.TaStatus." + target.name(), "label.TaStatus." + TENTATIVE.name());
    }
}
