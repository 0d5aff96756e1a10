package org.tablebook.domain;

/** The full committee's decision on a tentative conclusion from a sidebar (reference 001). */
public enum CommitteeDecision {
    ACCEPT, REJECT, COUNTER, DEFER
}
