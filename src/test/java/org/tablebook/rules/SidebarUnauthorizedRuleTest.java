package org.tablebook.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tablebook.rules.RuleTesting.check;
import static org.tablebook.rules.RuleTesting.single;
import static org.tablebook.testing.SnapshotBuilder.clockAt;
import static org.tablebook.testing.SnapshotBuilder.hours;
import static org.tablebook.testing.SnapshotBuilder.minutes;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.tablebook.domain.EntityRef;
import org.tablebook.domain.Severity;
import org.tablebook.domain.Sidebar;
import org.tablebook.testing.SnapshotBuilder;

class SidebarUnauthorizedRuleTest {
    private final Rule rule = new SidebarUnauthorizedRule();
    private final Clock clock = clockAt(hours(3));

    @Test
    void authorizedAtTheMomentItStartsIsFine() {
        SnapshotBuilder b = SnapshotBuilder.union();
        b.sidebar("wages").authorizedAt(hours(1)).startedAt(hours(1)).add();

        assertTrue(check(rule, b.build(), clock).isEmpty());
    }

    @Test
    void authorizedASecondAfterItStartedIsFlagged() {
        SnapshotBuilder b = SnapshotBuilder.union();
        Sidebar sidebar = b.sidebar("wages").authorizedAt(hours(1).plusSeconds(1)).startedAt(hours(1)).add();

        Finding f = single(check(rule, b.build(), clock));

        assertEquals(EntityRef.of(sidebar), f.subject());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("teamAuthorizedAt", f.field());
    }

    @Test
    void lateAuthorizationSaysWhenEachHappened() {
        SnapshotBuilder b = SnapshotBuilder.union();
        b.sidebar("wages").authorizedAt(minutes(90)).startedAt(hours(1)).add();

        Finding f = single(check(rule, b.build(), clock));

        assertEquals("The team authorized this sidebar on Mar 2, 10:30, after it had started on Mar 2, 10:00, so our "
                + "reps went in without the team's mandate.", f.message());
        assertEquals("Check the authorization time", f.fixAction());
    }

    @Test
    void authorizedSecondsLateInTheSameMinuteShowsTheSeconds() {
        SnapshotBuilder b = SnapshotBuilder.union();
        b.sidebar("wages").authorizedAt(hours(1).plusSeconds(20)).startedAt(hours(1).plusSeconds(5)).add();

        Finding f = single(check(rule, b.build(), clock));

        assertTrue(f.message().startsWith("The team authorized this sidebar on Mar 2, 10:00:20, after it had started "
                + "on Mar 2, 10:00:05,"), f.message());
    }

    @Test
    void neverAuthorizedIsFlagged() {
        SnapshotBuilder b = SnapshotBuilder.union();
        Sidebar sidebar = b.sidebar("wages").unauthorized().startedAt(hours(1)).add();

        Finding f = single(check(rule, b.build(), clock));

        assertEquals(EntityRef.of(sidebar), f.subject());
        assertEquals("Sidebar on wages (Mar 2)", f.subjectLabel());
        assertEquals("This sidebar started on Mar 2, 10:00 without the whole team authorizing it, so our reps spoke "
                + "without the team's mandate.", f.message());
        assertEquals("Record team authorization", f.fixAction());
    }

    @Test
    void anUnauthorizedSidebarNotStartedIsNotFlagged() {
        SnapshotBuilder b = SnapshotBuilder.union();
        b.sidebar("wages").unauthorized().add();

        assertTrue(check(rule, b.build(), clock).isEmpty());
    }
}
