package org.tablebook.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tablebook.domain.GroundRuleStatus.AGREED;
import static org.tablebook.domain.GroundRuleStatus.REFUSED;
import static org.tablebook.domain.GroundRuleStatus.UNDECIDED;
import static org.tablebook.rules.RuleTesting.assertFinding;
import static org.tablebook.rules.RuleTesting.check;
import static org.tablebook.rules.RuleTesting.single;
import static org.tablebook.testing.SnapshotBuilder.clockAt;
import static org.tablebook.testing.SnapshotBuilder.hours;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.tablebook.domain.EntityRef;
import org.tablebook.domain.Severity;
import org.tablebook.domain.Sidebar;
import org.tablebook.testing.SnapshotBuilder;

class SidebarGroundRulesUnclearRuleTest {
    private final Rule rule = new SidebarGroundRulesUnclearRule();
    private final Clock clock = clockAt(hours(2));

    @Test
    void decidedRulesAreClearEvenWhenRefused() {
        SnapshotBuilder b = SnapshotBuilder.union();
        b.sidebar("wages").groundRules(AGREED, REFUSED, AGREED).startedAt(hours(1)).add();

        assertTrue(check(rule, b.build(), clock).isEmpty());
    }

    @Test
    void oneUndecidedRuleIsFlagged() {
        SnapshotBuilder b = SnapshotBuilder.union();
        Sidebar sidebar = b.sidebar("wages").groundRules(AGREED, UNDECIDED, AGREED).startedAt(hours(1)).add();

        Finding f = single(check(rule, b.build(), clock));

        assertFinding(f, EntityRef.of(sidebar), Severity.WARNING, "Sidebar on wages (Mar 2)",
                "This sidebar started with the ground rule on not repeating what is said still undecided, so "
                + "either side can later claim it understood them differently.",
                "Record the ground rules", "notRepeatedRule");
    }

    @Test
    void allUndecidedAreNamedTogether() {
        SnapshotBuilder b = SnapshotBuilder.union();
        b.sidebar("wages").groundRules(UNDECIDED).ran(hours(0), hours(1)).add();

        Finding f = single(check(rule, b.build(), clock));

        assertEquals("noNotesRule", f.field());
        assertTrue(f.message().contains("ground rules on taking no notes, not repeating what is said and not using it "
                + "in unfair labor practice or arbitration cases still undecided"), f.message());
    }

    @Test
    void aSidebarNotStartedMayStillBeDeciding() {
        SnapshotBuilder b = SnapshotBuilder.union();
        b.sidebar("wages").groundRules(UNDECIDED).add();

        assertTrue(check(rule, b.build(), clock).isEmpty());
    }
}
