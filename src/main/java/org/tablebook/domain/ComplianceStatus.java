package org.tablebook.domain;

/** Whether an obligation of the agreement has been kept. */
public enum ComplianceStatus {
    OPEN, MET, BREACHED
}
