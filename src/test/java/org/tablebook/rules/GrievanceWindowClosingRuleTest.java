package org.tablebook.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tablebook.rules.RuleTesting.assertFinding;
import static org.tablebook.rules.RuleTesting.check;
import static org.tablebook.rules.RuleTesting.single;
import static org.tablebook.testing.SnapshotBuilder.BASE_DATE;
import static org.tablebook.testing.SnapshotBuilder.clockOn;
import static org.tablebook.testing.SnapshotBuilder.day;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.tablebook.domain.ComplianceItem;
import org.tablebook.domain.ComplianceStatus;
import org.tablebook.domain.EntityRef;
import org.tablebook.domain.Severity;
import org.tablebook.testing.SnapshotBuilder;

class GrievanceWindowClosingRuleTest {
    private final Rule rule = new GrievanceWindowClosingRule();
    private final Clock today = clockOn(BASE_DATE);

    @Test
    void fourDaysLeftIsFine() {
        SnapshotBuilder b = SnapshotBuilder.union();
        b.complianceItem("Post schedules two weeks ahead").breached(day(-10)).windowDays(14).add();

        assertTrue(check(rule, b.build(), today).isEmpty());
    }

    @Test
    void threeDaysLeftIsFlagged() {
        SnapshotBuilder b = SnapshotBuilder.union();
        ComplianceItem item = b.complianceItem("Post schedules two weeks ahead").breached(day(-11)).windowDays(14).add();

        Finding f = single(check(rule, b.build(), today));

        assertEquals(EntityRef.of(item), f.subject());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("Compliance: Post schedules two weeks ahead", f.subjectLabel());
        assertEquals("The grievance window on this breach (14 calendar days) closes in 3 days (Mar 5) and no grievance "
                + "is filed: after that the breach can no longer be grieved.", f.message());
        assertEquals("Record grievance filed", f.fixAction());
        assertEquals("grievanceFiledOn", f.field());
    }

    @Test
    void aClosedWindowIsStillFlagged() {
        SnapshotBuilder b = SnapshotBuilder.union();
        b.complianceItem("Post schedules two weeks ahead").breached(day(-20)).windowDays(14).add();

        Finding f = single(check(rule, b.build(), today));

        assertEquals("The grievance window on this breach closed on Feb 24 with no grievance filed: check at once "
                + "whether it can still be grieved.", f.message());
    }

    @Test
    void filedOpenAndMetItemsAreNotFlagged() {
        SnapshotBuilder b = SnapshotBuilder.union();
        b.complianceItem("Filed").breached(day(-11)).grievanceFiledOn(day(-1)).add();
        b.complianceItem("Open").status(ComplianceStatus.OPEN).dueOn(day(1)).add();
        b.complianceItem("Met").status(ComplianceStatus.MET).add();

        assertTrue(check(rule, b.build(), today).isEmpty());
    }
}
