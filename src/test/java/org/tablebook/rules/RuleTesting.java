package org.tablebook.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.util.List;
import org.tablebook.domain.NegotiationSnapshot;

/** Runs one rule the way the engine does, with the negotiation's own settings. */
final class RuleTesting {
    private RuleTesting() {
    }

    static List<Finding> check(Rule rule, NegotiationSnapshot snapshot, Clock clock) {
        return rule.check(snapshot, clock, snapshot.negotiation().ruleSettings());
    }

    static Finding single(List<Finding> findings) {
        assertEquals(1, findings.size(), () -> "expected exactly one finding, got " + findings);
        return findings.get(0);
    }
}
