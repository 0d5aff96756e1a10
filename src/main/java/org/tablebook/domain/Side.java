package org.tablebook.domain;

/** Which side of the table: ours or theirs. */
public enum Side {
    OURS, THEIRS
}
