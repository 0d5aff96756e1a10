package org.tablebook.domain;

/** Where the two sides stand on one off-the-record ground rule (reference 000). */
public enum GroundRuleStatus {
    AGREED, REFUSED, UNDECIDED
}
