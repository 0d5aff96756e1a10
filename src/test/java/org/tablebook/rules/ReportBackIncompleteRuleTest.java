package org.tablebook.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tablebook.rules.RuleTesting.check;
import static org.tablebook.rules.RuleTesting.single;
import static org.tablebook.testing.SnapshotBuilder.clockAt;
import static org.tablebook.testing.SnapshotBuilder.hours;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.tablebook.domain.Demand;
import org.tablebook.domain.EntityRef;
import org.tablebook.domain.ReportBack;
import org.tablebook.domain.Severity;
import org.tablebook.domain.Sidebar;
import org.tablebook.domain.SidebarTopic;
import org.tablebook.testing.SnapshotBuilder;

class ReportBackIncompleteRuleTest {
    private final Rule rule = new ReportBackIncompleteRule();
    private final Clock clock = clockAt(hours(3));

    @Test
    void everyAgendaItemWithBothPositionsIsComplete() {
        SnapshotBuilder b = SnapshotBuilder.union();
        Demand wages = b.demand("U-1", "Wages").add();
        Demand hours = b.demand("U-2", "Hours").add();
        Sidebar sidebar = b.sidebar("package").agenda(wages, hours).ran(hours(0), hours(1)).add();
        b.topic(sidebar, wages).add();
        b.topic(sidebar, hours).add();
        b.reportBack(sidebar).add();

        assertTrue(check(rule, b.build(), clock).isEmpty());
    }

    @Test
    void anAgendaItemLeftOutIsFlaggedOnTheReportBack() {
        SnapshotBuilder b = SnapshotBuilder.union();
        Demand wages = b.demand("U-1", "Wages").add();
        Demand hours = b.demand("U-2", "Hours").add();
        Sidebar sidebar = b.sidebar("package").agenda(wages, hours).ran(hours(0), hours(1)).add();
        b.topic(sidebar, wages).add();
        ReportBack reportBack = b.reportBack(sidebar).add();

        Finding f = single(check(rule, b.build(), clock));

        assertEquals(EntityRef.of(reportBack), f.subject());
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("Report-back on package (Mar 2)", f.subjectLabel());
        assertEquals("The report-back says nothing about U-2 Hours, which was on the sidebar's agenda: the full "
                + "committee must hear each side's position on every issue.", f.message());
        assertEquals("Add the topic", f.fixAction());
    }

    @Test
    void aMissingPositionIsFlaggedOnTheTopic() {
        SnapshotBuilder b = SnapshotBuilder.union();
        Demand wages = b.demand("U-1", "Wages").add();
        Sidebar sidebar = b.sidebar("wages").agenda(wages).ran(hours(0), hours(1)).add();
        SidebarTopic topic = b.topic(sidebar, wages).positions("3% a year", " ").add();
        b.reportBack(sidebar).add();

        Finding f = single(check(rule, b.build(), clock));

        assertEquals(EntityRef.of(topic), f.subject());
        assertEquals("Topic U-1 in sidebar on wages (Mar 2)", f.subjectLabel());
        assertEquals("The report-back leaves out the other side's position on U-1 Wages: the full committee needs "
                + "each side's position on each issue to accept, reject or counter it.", f.message());
        assertEquals("Record the positions", f.fixAction());
        assertEquals("theirPosition", f.field());
    }

    @Test
    void bothPositionsMissingFocusesOurs() {
        SnapshotBuilder b = SnapshotBuilder.union();
        Demand wages = b.demand("U-1", "Wages").add();
        Sidebar sidebar = b.sidebar("wages").ran(hours(0), hours(1)).add();
        b.topic(sidebar, wages).positions("", "").add();
        b.reportBack(sidebar).add();

        Finding f = single(check(rule, b.build(), clock));

        assertEquals("ourPosition", f.field());
        assertTrue(f.message().startsWith("The report-back leaves out both sides' positions on U-1 Wages"), f.message());
    }

    @Test
    void beforeAReportBackThereIsNothingToCheck() {
        SnapshotBuilder b = SnapshotBuilder.union();
        Demand wages = b.demand("U-1", "Wages").add();
        Demand hours = b.demand("U-2", "Hours").add();
        Sidebar sidebar = b.sidebar("package").agenda(wages, hours).ran(hours(0), hours(1)).add();
        b.topic(sidebar, wages).positions("", "").add();

        assertTrue(check(rule, b.build(), clock).isEmpty());
    }
}
