package org.tablebook.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tablebook.rules.RuleTesting.assertFinding;
import static org.tablebook.rules.RuleTesting.check;
import static org.tablebook.rules.RuleTesting.single;
import static org.tablebook.testing.SnapshotBuilder.clockOn;
import static org.tablebook.testing.SnapshotBuilder.day;

import org.junit.jupiter.api.Test;
import org.tablebook.domain.EntityRef;
import org.tablebook.domain.InformationRequest;
import org.tablebook.domain.Severity;
import org.tablebook.domain.Side;
import org.tablebook.testing.SnapshotBuilder;

class InformationRequestOverdueRuleTest {
    private final Rule rule = new InformationRequestOverdueRule();

    @Test
    void onTheDueDayItIsNotLate() {
        SnapshotBuilder b = SnapshotBuilder.union();
        b.informationRequest("Staffing data").askedOn(day(-14)).dueOn(day(0)).add();

        assertTrue(check(rule, b.build(), clockOn(day(0))).isEmpty());
    }

    @Test
    void theDayAfterItIsOverdue() {
        SnapshotBuilder b = SnapshotBuilder.union();
        InformationRequest request = b.informationRequest("Staffing data").askedOn(day(-14)).dueOn(day(0)).add();

        Finding f = single(check(rule, b.build(), clockOn(day(1))));

        assertFinding(f, EntityRef.of(request), Severity.WARNING, "Information request: Staffing data (asked Feb 16)",
                "Our request for Staffing data was due on Mar 2 and is still unanswered, 1 day late: keep the "
                + "record, a late answer is evidence of bad-faith bargaining.",
                "Record the answer", "answeredOn");
    }

    @Test
    void theirRequestOverdueIsOnUs() {
        SnapshotBuilder b = SnapshotBuilder.union();
        b.informationRequest("Strike fund size").askedBy(Side.THEIRS).dueOn(day(3)).add();

        Finding f = single(check(rule, b.build(), clockOn(day(8))));

        assertEquals("Their request for Strike fund size was due on Mar 5 and we have not answered, 5 days late: a late "
                + "answer can be used as evidence against us.", f.message());
    }

    @Test
    void anAnsweredRequestIsNeverOverdue() {
        SnapshotBuilder b = SnapshotBuilder.union();
        b.informationRequest("Staffing data").dueOn(day(1)).answeredOn(day(5)).add();

        assertTrue(check(rule, b.build(), clockOn(day(30))).isEmpty());
    }
}
