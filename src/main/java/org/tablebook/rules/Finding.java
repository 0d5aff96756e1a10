package org.tablebook.rules;

import java.util.Objects;
import org.tablebook.domain.EntityRef;
import org.tablebook.domain.Severity;

/**
 * What a rule found, about one record.
 *
 * @param subject the record the panel jumps to
 * @param subjectLabel how a person names the subject: "Sidebar on wages (Mar 3)"
 * @param message one sentence: what is wrong and why it matters
 * @param fixAction the fix as a button label: "Record report-back"
 * @param field the record component a form should focus, or null
 * @param factsFingerprint a stable hash of the facts behind the finding: an acknowledgement
 *     holds only while it is unchanged
 */
public record Finding(
        String ruleId,
        Severity severity,
        EntityRef subject,
        String subjectLabel,
        String message,
        String fixAction,
        String field,
        String factsFingerprint) {

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(subjectLabel, "subjectLabel");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(fixAction, "fixAction");
        Objects.requireNonNull(factsFingerprint, "factsFingerprint");
        if (message.isBlank() || fixAction.isBlank() || factsFingerprint.isBlank()) {
            throw new IllegalArgumentException("A finding needs a message, a fix and a fingerprint (rule " + ruleId + ").");
        }
    }
}
