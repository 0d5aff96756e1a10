package org.tablebook.domain;

/** What kind of pass across the table a proposal is. */
public enum ProposalKind {
    INITIAL, COUNTER, PACKAGE, FINAL_OFFER
}
