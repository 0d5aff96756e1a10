package org.tablebook.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tablebook.rules.RuleTesting.check;
import static org.tablebook.rules.RuleTesting.single;
import static org.tablebook.testing.SnapshotBuilder.clockAt;
import static org.tablebook.testing.SnapshotBuilder.hours;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.tablebook.domain.EntityRef;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Severity;
import org.tablebook.domain.Sidebar;
import org.tablebook.testing.SnapshotBuilder;

class ReportBackOverdueRuleTest {
    private final Rule rule = new ReportBackOverdueRule();

    private Sidebar sidebar;

    private NegotiationSnapshot endedAtTen() {
        SnapshotBuilder b = SnapshotBuilder.union();
        sidebar = b.sidebar("wages").ran(hours(0), hours(1)).add();
        return b.build();
    }

    @Test
    void exactlyTheWarningTimeIsFine() {
        assertTrue(check(rule, endedAtTen(), clockAt(hours(1 + 2))).isEmpty());
    }

    @Test
    void pastTheWarningTimeIsAWarning() {
        NegotiationSnapshot snapshot = endedAtTen();

        Finding f = single(check(rule, snapshot, clockAt(hours(1 + 2).plusSeconds(1))));

        assertEquals(EntityRef.of(sidebar), f.subject());
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("Sidebar on wages (Mar 2)", f.subjectLabel());
        assertEquals("This sidebar ended 2 h 1 min ago (Mar 2, 10:00) and the reps have not reported back: they should "
                + "report the outcome to the rest of the team immediately.", f.message());
        assertEquals("Record report-back", f.fixAction());
    }

    @Test
    void exactlyTheErrorTimeIsStillAWarning() {
        assertEquals(Severity.WARNING, single(check(rule, endedAtTen(), clockAt(hours(1 + 24)))).severity());
    }

    @Test
    void pastTheErrorTimeIsAnError() {
        Finding f = single(check(rule, endedAtTen(), clockAt(hours(1 + 24).plusSeconds(1))));

        assertEquals(Severity.ERROR, f.severity());
        assertTrue(f.message().startsWith("This sidebar ended 24 h 1 min ago (Mar 2, 10:00)"), f.message());
    }

    @Test
    void exactlyTheErrorTimeSaysTheHoursItIs() {
        Finding f = single(check(rule, endedAtTen(), clockAt(hours(1 + 24))));

        assertTrue(f.message().startsWith("This sidebar ended 24 h ago (Mar 2, 10:00)"), f.message());
    }

    @Test
    void theFingerprintChangesWithTheSeverityOnly() {
        NegotiationSnapshot snapshot = endedAtTen();
        String warningEarly = single(check(rule, snapshot, clockAt(hours(4)))).factsFingerprint();
        String warningLate = single(check(rule, snapshot, clockAt(hours(20)))).factsFingerprint();
        String error = single(check(rule, snapshot, clockAt(hours(30)))).factsFingerprint();

        assertEquals(warningEarly, warningLate);
        assertNotEquals(warningEarly, error);
    }

    @Test
    void timesAreShownInTheClocksZone() {
        Finding f = single(check(rule, endedAtTen(), clockAt(hours(5)).withZone(ZoneId.of("America/New_York"))));

        assertTrue(f.message().contains("(Mar 2, 05:00)"), f.message());
    }

    @Test
    void aReportedSidebarIsNotFlagged() {
        SnapshotBuilder b = SnapshotBuilder.union();
        Sidebar reported = b.sidebar("wages").ran(hours(0), hours(1)).add();
        b.reportBack(reported).add();

        assertTrue(check(rule, b.build(), clockAt(hours(48))).isEmpty());
    }

    @Test
    void aRunningSidebarHasNothingToReportYet() {
        SnapshotBuilder b = SnapshotBuilder.union();
        b.sidebar("wages").startedAt(hours(0)).add();

        assertTrue(check(rule, b.build(), clockAt(hours(48))).isEmpty());
    }
}
