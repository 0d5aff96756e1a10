package org.tablebook.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.util.List;
import org.tablebook.domain.EntityRef;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Severity;

/** Runs one rule the way the engine does, with the negotiation's own settings. */
final class RuleTesting {
    private RuleTesting() {
    }

    static List<Finding> check(Rule rule, NegotiationSnapshot snapshot, Clock clock) {
        return rule.check(snapshot, clock, snapshot.negotiation().ruleSettings());
    }

    /** Checks everything a person reads of a finding, and what it points at, in one go. */
    static void assertFinding(Finding f, EntityRef subject, Severity severity, String label, String message,
            String fixAction, String field) {
        assertEquals(subject, f.subject());
        assertEquals(severity, f.severity());
        assertEquals(label, f.subjectLabel());
        assertEquals(message, f.message());
        assertEquals(fixAction, f.fixAction());
        assertEquals(field, f.field());
    }

    static Finding single(List<Finding> findings) {
        assertEquals(1, findings.size(), () -> "expected exactly one finding, got " + findings);
        return findings.get(0);
    }
}
