package org.tablebook.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tablebook.rules.RuleTesting.check;
import static org.tablebook.rules.RuleTesting.single;
import static org.tablebook.testing.SnapshotBuilder.clockAt;
import static org.tablebook.testing.SnapshotBuilder.day;
import static org.tablebook.testing.SnapshotBuilder.hours;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.tablebook.domain.EntityRef;
import org.tablebook.domain.NegotiationKind;
import org.tablebook.domain.RepsChosenBy;
import org.tablebook.domain.ReportBack;
import org.tablebook.domain.Sector;
import org.tablebook.domain.Severity;
import org.tablebook.domain.Sidebar;
import org.tablebook.testing.SnapshotBuilder;

/** The rules the source texts asked for and the catalogue lacked, and the health-care strike notice. */
class NewRulesTest {
    private final Clock clock = clockAt(hours(10));

    @Test
    void repsChosenByTheChiefAloneIsAWarning() {
        SnapshotBuilder b = SnapshotBuilder.union();
        Sidebar chosen = b.sidebar("wages").repsChosenBy(RepsChosenBy.CHIEF_ALONE).add();
        b.sidebar("hours").repsChosenBy(RepsChosenBy.OUR_TEAM).add();

        Finding f = single(check(new RepsChosenByChiefAloneRule(), b.build(), clock));

        assertEquals(EntityRef.of(chosen), f.subject());
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("Our reps in this sidebar were chosen by the chief negotiator alone: the whole team helps decide "
                + "who represents our side.", f.message());
        assertEquals("repsChosenBy", f.field());
    }

    @Test
    void aReportBackWithoutTheFullTeamIsAWarning() {
        SnapshotBuilder b = SnapshotBuilder.union();
        Sidebar lunch = b.sidebar("wages").ran(hours(0), hours(1)).add();
        ReportBack partial = b.reportBack(lunch).fullTeamPresent(false).add();
        Sidebar full = b.sidebar("hours").ran(hours(0), hours(1)).add();
        b.reportBack(full).fullTeamPresent(true).add();

        Finding f = single(check(new ReportBackNotToFullTeamRule(), b.build(), clock));

        assertEquals(EntityRef.of(partial), f.subject());
        assertEquals("Report back to the full team", f.fixAction());
        assertTrue(f.message().startsWith("This report-back (Mar 2, 10:30) was given without the full team present"),
                f.message());
    }

    @Test
    void aSidebarWhoseTimeTheTeamWasNotToldIsAWarningBeingToldAtTheStartIsInTime() {
        SnapshotBuilder b = SnapshotBuilder.union();
        Sidebar never = b.sidebar("never told").announcedAt(null).startedAt(hours(1)).add();
        Sidebar late = b.sidebar("told late").announcedAt(hours(2)).startedAt(hours(1)).add();
        b.sidebar("told at the start").announcedAt(hours(1)).startedAt(hours(1)).add();
        b.sidebar("not started").announcedAt(null).add();

        var findings = check(new SidebarNotAnnouncedRule(), b.build(), clock);

        assertEquals(2, findings.size());
        assertEquals(EntityRef.of(never), findings.get(0).subject());
        assertEquals("The team was never told when this sidebar would happen before it started on Mar 2, 10:00: "
                + "everyone on the team should know when an off-the-record meeting takes place.",
                findings.get(0).message());
        assertEquals(EntityRef.of(late), findings.get(1).subject());
        assertEquals("timeAnnouncedAt", findings.get(1).field());
    }

    @Test
    void aTimeToldSecondsAfterTheStartShowsTheSeconds() {
        SnapshotBuilder b = SnapshotBuilder.union();
        b.sidebar("told late").announcedAt(hours(1).plusSeconds(30)).startedAt(hours(1)).add();

        Finding f = single(check(new SidebarNotAnnouncedRule(), b.build(), clock));

        assertTrue(f.message().startsWith("The team was told when this sidebar would happen only on Mar 2, 10:00:30, "
                + "after it started on Mar 2, 10:00:00:"), f.message());
    }

    @Test
    void aStrikeAtAHealthCareInstitutionNeedsTenDaysNotice() {
        StrikeNoticeRule rule = new StrikeNoticeRule();
        // Strike on Mar 14: notice due by Mar 4. Today Mar 2: a warning.
        SnapshotBuilder b = SnapshotBuilder.union().sector(Sector.HEALTH_CARE).strike(day(12), null);
        Finding due = single(check(rule, b.build(), clock));
        assertEquals(Severity.WARNING, due.severity());
        assertEquals("A strike or picketing is planned for Mar 14, 2026 and no notice is recorded: at a health-care "
                + "institution it must be given at least 10 days before, by Mar 4, 2026, to the employer and the "
                + "mediation service.", due.message());
        assertEquals("strikeNoticeOn", due.field());

        // Notice given on Mar 4 is in time; on Mar 5 it is late, an error.
        assertTrue(check(rule, b.strike(day(12), day(2)).build(), clock).isEmpty());
        assertEquals(Severity.ERROR, single(check(rule, b.strike(day(12), day(3)).build(), clock)).severity());
        // Another sector, or no strike planned: nothing to say.
        assertTrue(check(rule, SnapshotBuilder.union().strike(day(12), null).build(), clock).isEmpty());
        assertTrue(check(rule, SnapshotBuilder.union().sector(Sector.HEALTH_CARE).build(), clock).isEmpty());
        assertTrue(check(rule, SnapshotBuilder.union().sector(Sector.HEALTH_CARE).kind(NegotiationKind.COMMUNITY_AGREEMENT)
                .strike(day(12), null).build(), clock).isEmpty());
    }
}
