package org.tablebook.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import org.tablebook.domain.TableSession;
import org.tablebook.domain.TaStatus;
import org.tablebook.domain.TentativeAgreement;
import org.tablebook.testing.SnapshotBuilder;

class AgreedWithoutAuthorityRuleTest {
    private final Rule rule = new AgreedWithoutAuthorityRule();
    private final Clock clock = clockAt(BASE);

    @Test
    void ratifiedByAVoteThatPassedByOneIsFine() {
        SnapshotBuilder b = SnapshotBuilder.union();
        Demand wages = b.demand("U-1", "Wages").add();
        TentativeAgreement ta = b.agreement(wages).status(TaStatus.RATIFIED).add();
        b.ratification(ta).vote(day(5), 100, 41, 40).add();

        assertTrue(check(rule, b.build(), clock).isEmpty());
    }

    @Test
    void aSidebarAgreementConfirmedOnTheRecordWithoutApprovalIsFlagged() {
        SnapshotBuilder b = SnapshotBuilder.union();
        Demand wages = b.demand("U-1", "Wages").add();
        Sidebar sidebar = b.sidebar("wages").ran(hours(0), hours(1)).add();
        TableSession session = b.session(day(4)).add();
        TentativeAgreement ta = b.agreement(wages).fromSidebar(sidebar).confirmedAt(session).add();

        Finding f = single(check(rule, b.build(), clock));

        assertEquals(EntityRef.of(ta), f.subject());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("TA on U-1 Wages (Mar 2)", f.subjectLabel());
        assertEquals("This agreement from a sidebar was confirmed on the record (Mar 6) without the whole team's "
                + "approval: the sidebar reps have no authority to agree alone.", f.message());
        assertEquals("Record team approval", f.fixAction());
        assertEquals("teamApprovedAt", f.field());
    }

    @Test
    void anAgreementReachedAtTheTableNeedsNoSidebarApproval() {
        SnapshotBuilder b = SnapshotBuilder.union();
        Demand wages = b.demand("U-1", "Wages").add();
        TableSession session = b.session(day(4)).add();
        b.agreement(wages).confirmedAt(session).add();

        assertTrue(check(rule, b.build(), clock).isEmpty());
    }

    @Test
    void whatTheRecordRefusesIsNotJudged() {
        // RATIFIED without a vote that ratified it never reaches the rules: the snapshot refuses it.
        SnapshotBuilder b = SnapshotBuilder.union();
        Demand wages = b.demand("U-1", "Wages").add();
        TentativeAgreement ta = b.agreement(wages).status(TaStatus.RATIFIED).add();
        b.ratification(ta).vote(day(5), 100, 40, 40).add();

        assertThrows(RuntimeException.class, b::build);
    }

    @Test
    void aSidebarAgreementApprovedByTheTeamMayMoveOn() {
        SnapshotBuilder b = SnapshotBuilder.union();
        Demand wages = b.demand("U-1", "Wages").add();
        Sidebar sidebar = b.sidebar("wages").ran(hours(0), hours(1)).add();
        b.agreement(wages).fromSidebar(sidebar).add();
        b.agreement(wages).fromSidebar(sidebar).teamApprovedAt(hours(3)).status(TaStatus.IN_MOA).add();

        assertTrue(check(rule, b.build(), clock).isEmpty());
    }
}
