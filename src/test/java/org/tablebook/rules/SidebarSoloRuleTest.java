package org.tablebook.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tablebook.rules.RuleTesting.check;
import static org.tablebook.rules.RuleTesting.single;
import static org.tablebook.testing.SnapshotBuilder.clockAt;
import static org.tablebook.testing.SnapshotBuilder.hours;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tablebook.domain.EntityRef;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Person;
import org.tablebook.domain.Severity;
import org.tablebook.domain.Sidebar;
import org.tablebook.domain.SidebarStart;
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
    void aRepWhoJoinedAfterTheStartIsNamedButDoesNotCount() {
        Finding f = single(check(rule, anaStartsAloneAndBenJoinsAt(hours(1).plusSeconds(1)), clock));

        assertTrue(f.message().startsWith("Only Ana from our side was in this sidebar when it started"), f.message());
        assertTrue(f.message().endsWith("Ben joined on Mar 2, 10:00:01, after the start."), f.message());
    }

    @Test
    void aRepRecordedAsJoiningAtOrBeforeTheStartWasThereFromTheStart() {
        assertTrue(check(rule, anaStartsAloneAndBenJoinsAt(hours(1)), clock).isEmpty());
        assertTrue(check(rule, anaStartsAloneAndBenJoinsAt(hours(0)), clock).isEmpty());
    }

    /** A sidebar started at 10:00 with Ana alone of ours, Ben recorded as joining it at {@code at}. */
    private static NegotiationSnapshot anaStartsAloneAndBenJoinsAt(Instant at) {
        SnapshotBuilder b = SnapshotBuilder.union();
        Person ana = b.ours("Ana");
        Person ben = b.ours("Ben");
        Sidebar sidebar = b.sidebar("wages").attendees(ana, ben).startedAt(hours(1)).add();
        b.start(sidebar, List.of(ana.id()), List.of());
        return withJoin(b.build(), ben, at);
    }

    /** The snapshot with {@code person} recorded as joining the started sidebar they attend, at {@code at}. */
    private static NegotiationSnapshot withJoin(NegotiationSnapshot s, Person person, Instant at) {
        List<SidebarStart> starts = s.starts().stream()
                .map(st -> s.sidebars().stream().anyMatch(sb -> sb.id().equals(st.sidebarId())
                        && sb.attendeeIds().contains(person.id())) ? st.withJoin(person.id(), at, at) : st)
                .toList();
        return new NegotiationSnapshot(s.negotiation(), s.people(), s.demands(), s.proposals(), s.sessions(),
                s.sidebars(), s.topics(), s.reportBacks(), s.agreements(), s.ratifications(), s.informationRequests(),
                s.complianceItems(), s.acknowledgements(), s.costingBaselines(), s.classifications(), s.costItems(),
                starts, s.contractSections(), s.sectionLanguage());
    }

    @Test
    void aSidebarNotYetStartedIsNotFlagged() {
        SnapshotBuilder b = SnapshotBuilder.union();
        Person ana = b.ours("Ana");
        b.sidebar("wages").attendees(ana).scheduledAt(hours(3)).add();

        assertTrue(check(rule, b.build(), clock).isEmpty());
    }
}
