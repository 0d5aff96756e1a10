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
import org.tablebook.domain.Severity;
import org.tablebook.domain.Sidebar;
import org.tablebook.testing.SnapshotBuilder;

class SidebarNotInstructedRuleTest {
    private final Rule rule = new SidebarNotInstructedRule();
    private final Clock clock = clockAt(BASE);

    @Test
    void bothInstructionsGivenIsFine() {
        SnapshotBuilder b = SnapshotBuilder.union();
        b.sidebar("wages").instructions("Float 3%", "Never mention the strike fund").add();

        assertTrue(check(rule, b.build(), clock).isEmpty());
    }

    @Test
    void onlyWhatToSayIsNotEnough() {
        SnapshotBuilder b = SnapshotBuilder.union();
        Sidebar sidebar = b.sidebar("wages").instructions("Float 3%", "  ").add();

        Finding f = single(check(rule, b.build(), clock));

        assertFinding(f, EntityRef.of(sidebar), Severity.WARNING, "Sidebar on wages (Mar 2)",
                "The team authorized this sidebar but has not instructed the reps on what not to say, so they go "
                + "in without the team's line.",
                "Record instructions", "instructionsDoNotSay");
    }

    @Test
    void noInstructionsAtAllFocusesWhatToSay() {
        SnapshotBuilder b = SnapshotBuilder.union();
        b.sidebar("wages").noInstructions().add();

        Finding f = single(check(rule, b.build(), clock));

        assertEquals("instructionsSay", f.field());
        assertTrue(f.message().contains("on what to say and what not to say"), f.message());
    }

    @Test
    void aSidebarNotAuthorizedIsNotThisRulesConcern() {
        SnapshotBuilder b = SnapshotBuilder.union();
        b.sidebar("wages").unauthorized().noInstructions().add();

        assertTrue(check(rule, b.build(), clock).isEmpty());
    }
}
