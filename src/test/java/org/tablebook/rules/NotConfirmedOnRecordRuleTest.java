package org.tablebook.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tablebook.rules.RuleTesting.assertFinding;
import static org.tablebook.rules.RuleTesting.check;
import static org.tablebook.rules.RuleTesting.single;
import static org.tablebook.testing.SnapshotBuilder.BASE;
import static org.tablebook.testing.SnapshotBuilder.clockAt;
import static org.tablebook.testing.SnapshotBuilder.day;
import static org.tablebook.testing.SnapshotBuilder.hours;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.tablebook.domain.Demand;
import org.tablebook.domain.EntityRef;
import org.tablebook.domain.Severity;
import org.tablebook.domain.Sidebar;
import org.tablebook.domain.TaStatus;
import org.tablebook.domain.TableSession;
import org.tablebook.domain.TentativeAgreement;
import org.tablebook.testing.SnapshotBuilder;

class NotConfirmedOnRecordRuleTest {
    private final Rule rule = new NotConfirmedOnRecordRule();
    private final Clock clock = clockAt(BASE);

    @Test
    void beforeAnyMemorandumItIsAReminder() {
        SnapshotBuilder b = SnapshotBuilder.union();
        Demand wages = b.demand("U-1", "Wages").add();
        Sidebar sidebar = b.sidebar("wages").ran(hours(0), hours(1)).add();
        TentativeAgreement ta = b.agreement(wages).fromSidebar(sidebar).add();

        Finding f = single(check(rule, b.build(), clock));

        assertFinding(f, EntityRef.of(ta), Severity.INFO, "TA on U-1 Wages (Mar 2)",
                "This agreement from a sidebar is not yet confirmed at an on-the-record session: confirm it at the "
                + "table before a memorandum of agreement is drafted.",
                "Record the confirming session", "confirmedSessionId");
    }

    @Test
    void onceAMemorandumIsDraftedItIsAWarningWithNewFacts() {
        SnapshotBuilder b = SnapshotBuilder.union();
        Demand wages = b.demand("U-1", "Wages").add();
        Sidebar sidebar = b.sidebar("wages").ran(hours(0), hours(1)).add();
        b.agreement(wages).fromSidebar(sidebar).add();
        String before = single(check(rule, b.build(), clock)).factsFingerprint();
        Demand hours = b.demand("U-2", "Hours").add();
        TentativeAgreement other = b.agreement(hours).add();
        b.ratification(other).draftedOn(day(1)).add();

        Finding f = single(check(rule, b.build(), clock));

        assertEquals(Severity.WARNING, f.severity());
        assertEquals("This agreement from a sidebar was never confirmed at an on-the-record session, yet a memorandum "
                + "of agreement has been drafted: confirm it at the table before it goes to ratification.", f.message());
        assertNotEquals(before, f.factsFingerprint());
    }

    @Test
    void confirmedTableAndReopenedAgreementsAreNotFlagged() {
        SnapshotBuilder b = SnapshotBuilder.union();
        Demand wages = b.demand("U-1", "Wages").add();
        Sidebar sidebar = b.sidebar("wages").ran(hours(0), hours(1)).add();
        TableSession session = b.session(day(1)).add();
        b.agreement(wages).fromSidebar(sidebar).teamApprovedAt(hours(2)).confirmedAt(session)
                .status(TaStatus.CONFIRMED).add();
        b.agreement(wages).fromSidebar(sidebar).status(TaStatus.REOPENED).add();
        b.agreement(wages).add();
        b.ratification().add();

        assertTrue(check(rule, b.build(), clock).isEmpty());
    }
}
