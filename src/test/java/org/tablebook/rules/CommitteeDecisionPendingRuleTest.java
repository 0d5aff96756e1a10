package org.tablebook.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tablebook.rules.RuleTesting.assertFinding;
import static org.tablebook.rules.RuleTesting.check;
import static org.tablebook.rules.RuleTesting.single;
import static org.tablebook.testing.SnapshotBuilder.clockAt;
import static org.tablebook.testing.SnapshotBuilder.clockOn;
import static org.tablebook.testing.SnapshotBuilder.day;
import static org.tablebook.testing.SnapshotBuilder.hours;

import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.tablebook.domain.CommitteeDecision;
import org.tablebook.domain.Demand;
import org.tablebook.domain.EntityRef;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Severity;
import org.tablebook.domain.Sidebar;
import org.tablebook.domain.SidebarTopic;
import org.tablebook.testing.SnapshotBuilder;

class CommitteeDecisionPendingRuleTest {
    private final Rule rule = new CommitteeDecisionPendingRule();
    private SidebarTopic topic;

    /** A sidebar reported back on Mar 2 at 10:30, its one topic undecided. */
    private NegotiationSnapshot reportedOnMarch2() {
        SnapshotBuilder b = SnapshotBuilder.union();
        Demand wages = b.demand("U-1", "Wages").add();
        Sidebar sidebar = b.sidebar("wages").ran(hours(0), hours(1)).add();
        topic = b.topic(sidebar, wages).add();
        b.reportBack(sidebar).add();
        return b.build();
    }

    @Test
    void threeDaysAfterTheReportBackIsFine() {
        assertTrue(check(rule, reportedOnMarch2(), clockOn(day(3))).isEmpty());
    }

    @Test
    void theFourthDayIsFlagged() {
        NegotiationSnapshot snapshot = reportedOnMarch2();

        Finding f = single(check(rule, snapshot, clockOn(day(4))));

        assertFinding(f, EntityRef.of(topic), Severity.WARNING, "Topic U-1 in sidebar on wages (Mar 2)",
                "The committee has not decided on U-1 Wages 4 days after the report-back of Mar 2: until it "
                + "accepts, rejects or counters, the reps' tentative conclusion stands unanswered.",
                "Record committee decision", "decision");
    }

    @Test
    void daysAreCountedInTheClocksZone() {
        // The report-back at 10:30 UTC on Mar 2 is on Mar 2 in Tokyo and in New York alike; 23:59 UTC
        // on Mar 5 is already Mar 6 in Tokyo, and 00:30 UTC on Mar 6 is still Mar 5 in New York.
        NegotiationSnapshot snapshot = reportedOnMarch2();
        var lateOnMarch5 = clockAt(day(3).atTime(23, 59).toInstant(ZoneOffset.UTC));
        var earlyOnMarch6 = clockAt(day(4).atTime(0, 30).toInstant(ZoneOffset.UTC));

        assertTrue(check(rule, snapshot, lateOnMarch5).isEmpty());
        assertEquals(1, check(rule, snapshot, lateOnMarch5.withZone(ZoneId.of("Asia/Tokyo"))).size());
        assertEquals(1, check(rule, snapshot, earlyOnMarch6).size());
        assertTrue(check(rule, snapshot, earlyOnMarch6.withZone(ZoneId.of("America/New_York"))).isEmpty());
    }

    @Test
    void aDecidedTopicIsNotPending() {
        SnapshotBuilder b = SnapshotBuilder.union();
        Demand wages = b.demand("U-1", "Wages").add();
        Sidebar sidebar = b.sidebar("wages").ran(hours(0), hours(1)).add();
        b.topic(sidebar, wages).decided(CommitteeDecision.COUNTER, hours(5)).add();
        b.reportBack(sidebar).add();

        assertTrue(check(rule, b.build(), clockOn(day(30))).isEmpty());
    }

    @Test
    void aTopicNotYetReportedIsNotWaitingOnTheCommittee() {
        SnapshotBuilder b = SnapshotBuilder.union();
        Demand wages = b.demand("U-1", "Wages").add();
        Sidebar sidebar = b.sidebar("wages").ran(hours(0), hours(1)).add();
        b.topic(sidebar, wages).add();

        assertTrue(check(rule, b.build(), clockOn(day(30))).isEmpty());
    }
}
