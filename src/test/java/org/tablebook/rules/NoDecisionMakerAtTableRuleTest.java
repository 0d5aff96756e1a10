package org.tablebook.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tablebook.rules.RuleTesting.check;
import static org.tablebook.rules.RuleTesting.single;
import static org.tablebook.testing.SnapshotBuilder.clockOn;
import static org.tablebook.testing.SnapshotBuilder.day;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.tablebook.domain.EntityRef;
import org.tablebook.domain.Person;
import org.tablebook.domain.Severity;
import org.tablebook.testing.SnapshotBuilder;

class NoDecisionMakerAtTableRuleTest {
    private final Rule rule = new NoDecisionMakerAtTableRule();
    private final Clock clock = clockOn(day(10));

    @Test
    void oneSessionWithTheirDecisionMakerIsEnough() {
        SnapshotBuilder b = SnapshotBuilder.union();
        Person lee = b.theirs("Lee");
        Person kim = b.theirDecisionMaker("Kim");
        b.session(day(0)).attendees(lee).add();
        b.session(day(1)).attendees(lee, kim).add();
        b.session(day(2)).attendees(lee).add();

        assertTrue(check(rule, b.build(), clock).isEmpty());
    }

    @Test
    void sessionsWithoutTheirDecisionMakerAreFlagged() {
        SnapshotBuilder b = SnapshotBuilder.union();
        Person ana = b.ours("Ana");
        b.person("Ben").canAgree(true).add();
        Person lee = b.theirs("Lee");
        b.theirDecisionMaker("Kim");
        b.session(day(0)).attendees(ana, lee).add();
        b.session(day(1)).attendees(ana, lee).add();

        Finding f = single(check(rule, b.build(), clock));

        assertEquals(EntityRef.of(b.negotiation()), f.subject());
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("Sessions at the table", f.subjectLabel());
        assertEquals("Nobody from the other side who can agree for them (Kim) has attended any of the 2 table sessions, "
                + "so nothing said at the table binds the people who decide.", f.message());
        assertEquals("Review session attendance", f.fixAction());
        assertNull(f.field());
    }

    @Test
    void nobodyRecordedAsAbleToAgreeAsksForTheirDecisionMaker() {
        SnapshotBuilder b = SnapshotBuilder.union();
        Person lee = b.theirs("Lee");
        b.session(day(0)).attendees(lee).add();

        Finding f = single(check(rule, b.build(), clock));

        assertEquals("Nobody on the other side is recorded as able to agree for them, so there is no sign that anyone "
                + "at the one table session could say yes.", f.message());
        assertEquals("Record their decision-maker", f.fixAction());
    }

    @Test
    void beforeAnySessionThereIsNothingToFlag() {
        SnapshotBuilder b = SnapshotBuilder.union();
        b.theirs("Lee");

        assertTrue(check(rule, b.build(), clock).isEmpty());
    }
}
