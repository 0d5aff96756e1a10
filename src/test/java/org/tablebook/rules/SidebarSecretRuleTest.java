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

class SidebarSecretRuleTest {
    private final Rule rule = new SidebarSecretRule();
    private final Clock clock = clockAt(hours(3));

    @Test
    void toldAsItStartsIsInTime() {
        SnapshotBuilder b = SnapshotBuilder.union();
        b.sidebar("wages").informedAt(hours(1)).startedAt(hours(1)).add();

        assertTrue(check(rule, b.build(), clock).isEmpty());
    }

    @Test
    void toldASecondAfterItStartedIsFlagged() {
        SnapshotBuilder b = SnapshotBuilder.union();
        Sidebar sidebar = b.sidebar("wages").informedAt(hours(1).plusSeconds(1)).startedAt(hours(1)).add();

        Finding f = single(check(rule, b.build(), clock));

        assertEquals(EntityRef.of(sidebar), f.subject());
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("teamInformedAt", f.field());
        assertEquals("Check when the team was told", f.fixAction());
    }

    @Test
    void toldLateSaysWhen() {
        SnapshotBuilder b = SnapshotBuilder.union();
        b.sidebar("wages").informedAt(minutes(75)).startedAt(hours(1)).add();

        Finding f = single(check(rule, b.build(), clock));

        assertEquals("The team was told of this sidebar on Mar 2, 10:15, only after it started on Mar 2, 10:00: an "
                + "off-the-record meeting must never be secret from our own team.", f.message());
    }

    @Test
    void toldSecondsLateInTheSameMinuteShowsTheSeconds() {
        SnapshotBuilder b = SnapshotBuilder.union();
        b.sidebar("wages").informedAt(hours(1).plusSeconds(1)).startedAt(hours(1)).add();

        Finding f = single(check(rule, b.build(), clock));

        assertTrue(f.message().startsWith("The team was told of this sidebar on Mar 2, 10:00:01, only after it "
                + "started on Mar 2, 10:00:00:"), f.message());
        String spanish = f.message(java.util.Locale.forLanguageTag("es"));
        assertTrue(spanish.contains("2 mar, 10:00:01") && spanish.contains("2 mar, 10:00:00"), spanish);
    }

    @Test
    void neverToldIsFlagged() {
        SnapshotBuilder b = SnapshotBuilder.union();
        b.sidebar("wages").notInformed().startedAt(hours(1)).add();

        Finding f = single(check(rule, b.build(), clock));

        assertEquals("Sidebar on wages (Mar 2)", f.subjectLabel());
        assertEquals("The whole team was not told of this sidebar before it started on Mar 2, 10:00: an off-the-record "
                + "meeting must never be secret from our own team.", f.message());
        assertEquals("Record when the team was told", f.fixAction());
    }

    @Test
    void aSidebarNotStartedCanStillBeToldOf() {
        SnapshotBuilder b = SnapshotBuilder.union();
        b.sidebar("wages").notInformed().add();

        assertTrue(check(rule, b.build(), clock).isEmpty());
    }
}
