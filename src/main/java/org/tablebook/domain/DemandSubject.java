package org.tablebook.domain;

/** Whether the law obliges the other side to bargain over a demand. */
public enum DemandSubject {
    MANDATORY, PERMISSIVE, UNKNOWN
}
