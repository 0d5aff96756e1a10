package org.tablebook.domain;

/** What kind of table this is; some rules apply only to union contracts. */
public enum NegotiationKind {
    UNION_CONTRACT, COMMUNITY_AGREEMENT
}
