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
import java.time.LocalTime;
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
    void aSessionTheSameDayBetweenTwoSidebarsBreaksTheSeries() {
        // Sidebar 08:00-09:00, session 10:00-12:00, next sidebar 14:00 the same day: the session is between.
        SnapshotBuilder b = SnapshotBuilder.union().zone("America/New_York");
        Demand wages = b.demand("U-1", "Wages").add();
        b.sidebar("morning").agenda(wages).ran(ny(2, 8), ny(2, 9)).add();
        b.sidebar("afternoon").agenda(wages).ran(ny(2, 14), ny(2, 15)).add();
        b.sidebar("days later").agenda(wages).ran(ny(5, 10), ny(5, 10).plusSeconds(1800)).add();
        // Without the session: 08:00 Mar 2 to 10:30 Mar 5 is more than 72 hours.
        assertEquals(1, check(rule, b.build(), muchLater).size());

        // With it, the series starts again at 14:00 and lasts under 72 hours.
        b.session(day(0)).times(LocalTime.of(10, 0), LocalTime.of(12, 0)).add();
        assertTrue(check(rule, b.build(), muchLater).isEmpty());
    }

    @Test
    void sessionTimesAreReadInTheNegotiationsZoneNotTheComputers() {
        SnapshotBuilder b = SnapshotBuilder.union().zone("America/New_York");
        Demand wages = b.demand("U-1", "Wages").add();
        b.sidebar("morning").agenda(wages).ran(ny(2, 8), ny(2, 9)).add();
        b.session(day(0)).times(LocalTime.of(10, 0), LocalTime.of(12, 0)).add();
        b.sidebar("days later").agenda(wages).ran(ny(6, 14), ny(6, 15)).add();

        // The computer in Tokyo: the session still happened at 10:00 in New York, between the two.
        assertTrue(check(rule, b.build(), muchLater.withZone(ZoneId.of("Asia/Tokyo"))).isEmpty());
        // With no zone of its own, the negotiation is read in the computer's: 10:00 in Tokyo is the night before.
        SnapshotBuilder noZone = SnapshotBuilder.union();
        Demand w = noZone.demand("U-1", "Wages").add();
        noZone.sidebar("morning").agenda(w).ran(ny(2, 8), ny(2, 9)).add();
        noZone.session(day(0)).times(LocalTime.of(10, 0), LocalTime.of(12, 0)).add();
        noZone.sidebar("days later").agenda(w).ran(ny(6, 14), ny(6, 15)).add();
        assertEquals(1, check(rule, noZone.build(), muchLater.withZone(ZoneId.of("Asia/Tokyo"))).size());
    }

    /** A time in March 2026 in New York. */
    private static Instant ny(int dayOfMonth, int hour) {
        return java.time.LocalDateTime.of(2026, 3, dayOfMonth, hour, 0).atZone(ZoneId.of("America/New_York")).toInstant();
    }
}
