package org.tablebook.domain;

/** Where a tentative agreement stands on its way to a ratified contract. */
public enum TaStatus {
    TENTATIVE, CONFIRMED, IN_MOA, RATIFIED, REOPENED;

    /** True once an agreement has gone past TENTATIVE towards the contract. */
    public boolean isBeyondTentative() {
        return this == CONFIRMED || this == IN_MOA || this == RATIFIED;
    }
}
