package org.tablebook.domain;

/** Where in the members' needs a demand came from (reference 002, feature 1). */
public enum DemandOrigin {
    SURVEY, LISTENING_SESSION, MEMBER_MEETING, GRIEVANCE_HISTORY, RESEARCH, OTHER
}
