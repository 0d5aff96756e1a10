package org.tablebook.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tablebook.rules.RuleTesting.check;
import static org.tablebook.rules.RuleTesting.single;
import static org.tablebook.testing.SnapshotBuilder.clockAt;
import static org.tablebook.testing.SnapshotBuilder.hours;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.tablebook.domain.EntityRef;
import org.tablebook.domain.Person;
import org.tablebook.domain.Severity;
import org.tablebook.domain.Sidebar;
import org.tablebook.testing.SnapshotBuilder;

class SidebarSoloRuleTest {
    private final Rule rule = new SidebarSoloRule();
    private final Clock clock = clockAt(hours(2));

    @Test
    void twoOfOursIsEnough() {
        SnapshotBuilder b = SnapshotBuilder.union();
        Person ana = b.ours("Ana");
        Person ben = b.ours("Ben");
        Person lee = b.theirs("Lee");
        b.sidebar("wages").attendees(ana, ben, lee).startedAt(hours(1)).add();

        assertTrue(check(rule, b.build(), clock).isEmpty());
    }

    @Test
    void oneOfOursWithTheOtherSideIsFlagged() {
        SnapshotBuilder b = SnapshotBuilder.union();
        Person ana = b.ours("Ana");
        Person lee = b.theirs("Lee");
        Person kim = b.theirDecisionMaker("Kim");
        Sidebar sidebar = b.sidebar("wages").attendees(ana, lee, kim).startedAt(hours(1)).add();

        Finding f = single(check(rule, b.build(), clock));

        assertEquals("SIDEBAR_SOLO", f.ruleId());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(EntityRef.of(sidebar), f.subject());
        assertEquals("Sidebar on wages (Mar 2)", f.subjectLabel());
        assertEquals("Only Ana from our side is in this sidebar: at least two must take part so management cannot "
                + "misstate what our side said.", f.message());
        assertEquals("Add a second rep", f.fixAction());
        assertEquals("attendeeIds", f.field());
    }

    @Test
    void noneOfOursIsFlaggedToo() {
        SnapshotBuilder b = SnapshotBuilder.union();
        Person lee = b.theirs("Lee");
        b.sidebar("wages").attendees(lee).ran(hours(0), hours(1)).add();

        Finding f = single(check(rule, b.build(), clock));

        assertTrue(f.message().startsWith("None of our people is recorded in this sidebar"), f.message());
    }

    @Test
    void aSidebarNotYetStartedIsNotFlagged() {
        SnapshotBuilder b = SnapshotBuilder.union();
        Person ana = b.ours("Ana");
        b.sidebar("wages").attendees(ana).scheduledAt(hours(3)).add();

        assertTrue(check(rule, b.build(), clock).isEmpty());
    }
}
