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

import java.time.Instant;
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
    void exactlySeventyTwoHoursAfterTheReportBackIsFine() {
        assertTrue(check(rule, reportedOnMarch2(), clockAt(Instant.parse("2026-03-05T10:30:00Z"))).isEmpty());
        assertTrue(check(rule, reportedOnMarch2(), clockAt(Instant.parse("2026-03-05T10:29:00Z"))).isEmpty());
    }

    @Test
    void aMinutePastSeventyTwoHoursIsFlagged() {
        NegotiationSnapshot snapshot = reportedOnMarch2();

        Finding f = single(check(rule, snapshot, clockAt(Instant.parse("2026-03-05T10:31:00Z"))));

        assertEquals(EntityRef.of(topic), f.subject());
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("Topic U-1 in sidebar on wages (Mar 2)", f.subjectLabel());
        assertEquals("The committee has not decided on U-1 Wages 3 days after the report-back of Mar 2, 10:30: "
                + "until it accepts, rejects or counters, the reps' tentative conclusion stands unanswered.", f.message());
        assertEquals("Record committee decision", f.fixAction());
        assertEquals("decision", f.field());
    }

    @Test
    void theWaitIsInHoursWhateverTheZone() {
        // A calendar-day count would wait until Mar 6 began in each zone (up to 96 hours): 72 hours
        // and a minute are enough anywhere.
        NegotiationSnapshot snapshot = reportedOnMarch2();
        var justPast = clockAt(day(3).atTime(10, 31).toInstant(ZoneOffset.UTC));
        var exactly = clockAt(day(3).atTime(10, 30).toInstant(ZoneOffset.UTC));

        for (String zone : java.util.List.of("Asia/Tokyo", "America/New_York", "Pacific/Kiritimati")) {
            assertEquals(1, check(rule, snapshot, justPast.withZone(ZoneId.of(zone))).size(), zone);
            assertTrue(check(rule, snapshot, exactly.withZone(ZoneId.of(zone))).isEmpty(), zone);
        }
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
