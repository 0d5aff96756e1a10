package org.tablebook.domain;

/** What a demand is about. */
public enum DemandCategory {
    ECONOMIC, NON_ECONOMIC, RIGHTS, OTHER
}
