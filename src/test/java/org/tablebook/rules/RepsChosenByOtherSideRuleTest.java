package org.tablebook.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tablebook.rules.RuleTesting.assertFinding;
import static org.tablebook.rules.RuleTesting.check;
import static org.tablebook.rules.RuleTesting.single;
import static org.tablebook.testing.SnapshotBuilder.BASE;
import static org.tablebook.testing.SnapshotBuilder.clockAt;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.tablebook.domain.EntityRef;
import org.tablebook.domain.RepsChosenBy;
import org.tablebook.domain.Severity;
import org.tablebook.domain.Sidebar;
import org.tablebook.testing.SnapshotBuilder;

class RepsChosenByOtherSideRuleTest {
    private final Rule rule = new RepsChosenByOtherSideRule();
    private final Clock clock = clockAt(BASE);

    @Test
    void repsChosenOnOurSideAreNotThisRulesConcern() {
        SnapshotBuilder b = SnapshotBuilder.union();
        b.sidebar("by the team").repsChosenBy(RepsChosenBy.OUR_TEAM).add();
        b.sidebar("by the chief").repsChosenBy(RepsChosenBy.CHIEF_ALONE).add();
        b.sidebar("not recorded").repsChosenBy(null).add();

        assertTrue(check(rule, b.build(), clock).isEmpty());
    }

    @Test
    void repsChosenByTheOtherSideAreFlaggedBeforeTheSidebarStarts() {
        SnapshotBuilder b = SnapshotBuilder.union();
        Sidebar sidebar = b.sidebar("wages").repsChosenBy(RepsChosenBy.OTHER_SIDE).add();

        Finding f = single(check(rule, b.build(), clock));

        assertFinding(f, EntityRef.of(sidebar), Severity.ERROR, "Sidebar on wages (Mar 2)",
                "Our reps in this sidebar were chosen by the other side: neither side may dictate who represents "
                + "the other, so our team must choose its own.",
                "Let the team choose its reps", "repsChosenBy");
    }
}
