package org.tablebook.domain;

/** Who chose our representatives to a sidebar (reference 001: neither side dictates the other's). */
public enum RepsChosenBy {
    OUR_TEAM, CHIEF_ALONE, OTHER_SIDE
}
