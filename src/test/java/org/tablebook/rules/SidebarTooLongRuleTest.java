package org.tablebook.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tablebook.rules.RuleTesting.check;
import static org.tablebook.rules.RuleTesting.single;
import static org.tablebook.testing.SnapshotBuilder.clockAt;
import static org.tablebook.testing.SnapshotBuilder.hours;
import static org.tablebook.testing.SnapshotBuilder.minutes;

import org.junit.jupiter.api.Test;
import org.tablebook.domain.EntityRef;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Severity;
import org.tablebook.domain.Sidebar;
import org.tablebook.testing.SnapshotBuilder;

class SidebarTooLongRuleTest {
    private final Rule rule = new SidebarTooLongRule();

    @Test
    void runningExactlyTheLimitIsFine() {
        SnapshotBuilder b = SnapshotBuilder.union();
        b.sidebar("wages").startedAt(hours(1)).add();

        assertTrue(check(rule, b.build(), clockAt(minutes(60 + 90))).isEmpty());
    }

    @Test
    void runningASecondPastTheLimitIsFlagged() {
        SnapshotBuilder b = SnapshotBuilder.union();
        Sidebar sidebar = b.sidebar("wages").startedAt(hours(1)).add();

        Finding f = single(check(rule, b.build(), clockAt(minutes(60 + 90).plusSeconds(1))));

        assertEquals(EntityRef.of(sidebar), f.subject());
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("End sidebar", f.fixAction());
        assertEquals("endedAt", f.field());
    }

    @Test
    void theMessageSaysHowLongItHasBeenRunning() {
        SnapshotBuilder b = SnapshotBuilder.union();
        b.sidebar("wages").startedAt(hours(1)).add();

        Finding f = single(check(rule, b.build(), clockAt(minutes(60 + 95))));

        assertEquals("Sidebar on wages (Mar 2)", f.subjectLabel());
        assertEquals("This sidebar has been running for 1 h 35 min, past the team's limit of 90 minutes: the longer a "
                + "few people meet privately, the more tension and suspicion grow in the team.", f.message());
    }

    @Test
    void anEndedSidebarIsMeasuredFromStartToEnd() {
        SnapshotBuilder b = SnapshotBuilder.union();
        b.sidebar("exactly").ran(hours(1), minutes(60 + 90)).add();
        Sidebar over = b.sidebar("over").ran(hours(1), minutes(60 + 91)).add();

        Finding f = single(check(rule, b.build(), clockAt(hours(30))));

        assertEquals(EntityRef.of(over), f.subject());
        assertTrue(f.message().startsWith("This sidebar ran for 1 h 31 min, past the team's limit of 90 minutes"),
                f.message());
        assertEquals("Check the start and end times", f.fixAction());
    }

    @Test
    void secondsPastTheLimitDoNotReadAsTheLimit() {
        SnapshotBuilder b = SnapshotBuilder.union();
        b.sidebar("wages").ran(hours(1), minutes(60 + 90).plusSeconds(59)).add();

        Finding f = single(check(rule, b.build(), clockAt(hours(30))));

        assertTrue(f.message().startsWith("This sidebar ran for 1 h 31 min, past the team's limit of 90 minutes"),
                f.message());
    }

    @Test
    void theLimitComesFromTheSettings() {
        SnapshotBuilder b = SnapshotBuilder.union().settings(s -> s.sidebarTimeLimitMinutes(30));
        b.sidebar("wages").ran(hours(1), minutes(60 + 31)).add();

        Finding f = single(check(rule, b.build(), clockAt(hours(3))));

        assertTrue(f.message().contains("past the team's limit of 30 minutes"), f.message());
    }

    @Test
    void aSidebarNotStartedIsNotFlagged() {
        SnapshotBuilder b = SnapshotBuilder.union();
        b.sidebar("wages").scheduledAt(hours(1)).add();

        assertTrue(check(rule, b.build(), clockAt(hours(10))).isEmpty());
    }

    @Test
    void theFingerprintHoldsWhileTheClockRunsAndChangesWhenItEnds() {
        SnapshotBuilder b = SnapshotBuilder.union();
        Sidebar sidebar = b.sidebar("wages").startedAt(hours(1)).add();
        NegotiationSnapshot running = b.build();
        String at100 = single(check(rule, running, clockAt(minutes(160)))).factsFingerprint();
        String at200 = single(check(rule, running, clockAt(minutes(260)))).factsFingerprint();
        b.replace(sidebar.withTimes(hours(1), hours(4), hours(4)));
        String ended = single(check(rule, b.build(), clockAt(hours(5)))).factsFingerprint();

        assertEquals(at100, at200);
        assertNotEquals(at100, ended);
    }
}
