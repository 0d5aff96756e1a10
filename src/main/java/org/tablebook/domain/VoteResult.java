package org.tablebook.domain;

/** The result of a ratification vote: a no vote sends the parties back to the table. */
public enum VoteResult {
    RATIFIED, REJECTED
}
