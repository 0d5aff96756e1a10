package org.tablebook.domain;

/** How much a demand matters to the side that made it. */
public enum DemandPriority {
    CRITICAL, HIGH, MEDIUM, LOW
}
