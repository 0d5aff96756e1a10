package org.tablebook.domain;

/** How a contract counts its grievance windows: "10 calendar days" or "10 working days". */
public enum GrievanceWindowUnit {
    CALENDAR_DAYS,
    /** Weekdays that are not on the negotiation's holiday list. */
    WORKING_DAYS
}
