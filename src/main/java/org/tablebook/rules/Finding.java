package org.tablebook.rules;

import org.tablebook.domain.EntityRef;
import org.tablebook.domain.Severity;

/**
 * One thing a rule flags: what it is about, what is wrong in one sentence and the fix it offers.
 */
public record Finding(String ruleId, Severity severity, EntityRef subject, String subjectLabel, String message,
        String fixAction, String field, String factsFingerprint) {
}
