package org.tablebook.export;

/** Who an export is for, which decides what it may contain. */
public enum Audience {
    /** All members: the membership summary, which never holds anything confidential. */
    MEMBERS,
    /** The bargaining committee: the whole negotiation (report or JSON backup), marked CONFIDENTIAL. */
    COMMITTEE,
    /** The committee, for what changed since a chosen moment. */
    SINCE,
    /** The lawyers and the committee: the new contract assembled from the TAs. */
    CONTRACT
}
