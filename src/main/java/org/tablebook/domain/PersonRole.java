package org.tablebook.domain;

/** A person's role on their side's team. */
public enum PersonRole {
    CHIEF_NEGOTIATOR, COMMITTEE_MEMBER, STAFF, STEWARD, COUNSEL, OBSERVER, DECISION_MAKER
}
