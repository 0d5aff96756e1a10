package org.tablebook.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tablebook.rules.RuleTesting.check;
import static org.tablebook.rules.RuleTesting.single;
import static org.tablebook.testing.SnapshotBuilder.clockAt;
import static org.tablebook.testing.SnapshotBuilder.day;
import static org.tablebook.testing.SnapshotBuilder.daysLater;
import static org.tablebook.testing.SnapshotBuilder.hours;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.tablebook.domain.Demand;
import org.tablebook.domain.EntityRef;
import org.tablebook.domain.Severity;
import org.tablebook.domain.Sidebar;
import org.tablebook.testing.SnapshotBuilder;

class SidebarSeriesTooLongRuleTest {
    private final Rule rule = new SidebarSeriesTooLongRule();
    private final Clock muchLater = clockAt(daysLater(20));

    private static Instant at(int day, int hour) {
        return daysLater(day).plus(Duration.ofHours(hour));
    }

    @Test
    void aSeriesSpanningExactlyTheLimitIsFine() {
        SnapshotBuilder b = SnapshotBuilder.union();
        Demand wages = b.demand("U-1", "Wages").add();
        b.sidebar("wages").agenda(wages).ran(at(0, 1), at(0, 2)).add();
        b.sidebar("wages again").agenda(wages).ran(at(3, 0), at(3, 1)).add();

        assertTrue(check(rule, b.build(), muchLater).isEmpty());
    }

    @Test
    void aSeriesSpanningPastTheLimitIsFlaggedOnItsLatestSidebar() {
        SnapshotBuilder b = SnapshotBuilder.union();
        Demand wages = b.demand("U-1", "Wages").add();
        b.sidebar("wages").agenda(wages).ran(at(0, 1), at(0, 2)).add();
        Sidebar last = b.sidebar("wages again").agenda(wages).ran(at(3, 0), at(3, 1).plusSeconds(1)).add();

        Finding f = single(check(rule, b.build(), muchLater));

        assertEquals(EntityRef.of(last), f.subject());
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("Sidebar on wages again (Mar 5)", f.subjectLabel());
        assertEquals("2 sidebars on U-1 Wages have run from Mar 2 to Mar 5 with no on-the-record session between "
                + "them: a team kept waiting for days while a few meet privately grows tense and suspicious.", f.message());
        assertEquals("Schedule a table session", f.fixAction());
    }

    @Test
    void aTableSessionBetweenBreaksTheSeries() {
        SnapshotBuilder b = SnapshotBuilder.union();
        Demand wages = b.demand("U-1", "Wages").add();
        b.sidebar("wages").agenda(wages).ran(at(0, 1), at(0, 2)).add();
        b.session(day(1)).add();
        b.sidebar("wages again").agenda(wages).ran(at(4, 0), at(4, 1)).add();

        assertTrue(check(rule, b.build(), muchLater).isEmpty());
    }

    @Test
    void aSessionOnTheSameDayAsASidebarIsNotBetween() {
        SnapshotBuilder b = SnapshotBuilder.union();
        Demand wages = b.demand("U-1", "Wages").add();
        b.session(day(0)).add();
        b.sidebar("wages").agenda(wages).ran(at(0, 1), at(0, 2)).add();
        b.sidebar("wages again").agenda(wages).ran(at(4, 0), at(4, 1)).add();
        b.session(day(4)).add();

        assertEquals(1, check(rule, b.build(), muchLater).size());
    }

    @Test
    void aTopicLinksASidebarToTheDemandAsTheAgendaDoes() {
        SnapshotBuilder b = SnapshotBuilder.union();
        Demand wages = b.demand("U-1", "Wages").add();
        b.sidebar("wages").agenda(wages).ran(at(0, 1), at(0, 2)).add();
        Sidebar second = b.sidebar("package").ran(at(2, 1), at(2, 2)).add();
        b.topic(second, wages).add();
        Sidebar third = b.sidebar("package again").ran(at(5, 1), at(5, 2)).add();
        b.topic(third, wages).add();

        Finding f = single(check(rule, b.build(), muchLater));

        assertEquals(EntityRef.of(third), f.subject());
        assertTrue(f.message().startsWith("3 sidebars on U-1 Wages have run from Mar 2 to Mar 7"), f.message());
    }

    @Test
    void aRunningSidebarCountsUpToNow() {
        SnapshotBuilder b = SnapshotBuilder.union();
        Demand wages = b.demand("U-1", "Wages").add();
        b.sidebar("wages").agenda(wages).ran(at(0, 1), at(0, 2)).add();
        b.sidebar("wages again").agenda(wages).startedAt(at(3, 0)).add();
        var snapshot = b.build();

        assertTrue(check(rule, snapshot, clockAt(at(3, 1))).isEmpty());
        Finding f = single(check(rule, snapshot, clockAt(at(3, 1).plusSeconds(1))));
        assertTrue(f.message().contains("have run from Mar 2 until now"), f.message());
    }

    @Test
    void oneLongSidebarIsNotASeries() {
        SnapshotBuilder b = SnapshotBuilder.union();
        Demand wages = b.demand("U-1", "Wages").add();
        b.sidebar("marathon").agenda(wages).ran(at(0, 1), at(5, 1)).add();
        b.sidebar("never held").agenda(wages).scheduledAt(at(6, 1)).add();

        assertTrue(check(rule, b.build(), muchLater).isEmpty());
    }

    @Test
    void sessionDatesAreReadInTheClocksZone() {
        // The first sidebar starts at 23:00 UTC on Mar 2, which is already Mar 3 in Kolkata, so a
        // session on Mar 3 is not strictly after it there.
        SnapshotBuilder b = SnapshotBuilder.union();
        Demand wages = b.demand("U-1", "Wages").add();
        b.sidebar("late").agenda(wages).ran(hours(14), hours(15)).add();
        b.session(day(1)).add();
        b.sidebar("later").agenda(wages).ran(at(4, 0), at(4, 1)).add();
        var snapshot = b.build();

        assertTrue(check(rule, snapshot, muchLater).isEmpty());
        assertEquals(1, check(rule, snapshot, muchLater.withZone(ZoneId.of("Asia/Kolkata"))).size());
    }
}
