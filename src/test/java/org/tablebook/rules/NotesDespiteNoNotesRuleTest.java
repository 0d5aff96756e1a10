package org.tablebook.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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

class NotesDespiteNoNotesRuleTest {
    private final Rule rule = new NotesDespiteNoNotesRule();
    private final Clock clock = clockAt(hours(3));

    @Test
    void blankNotesUnderTheNoNotesRuleAreFine() {
        SnapshotBuilder b = SnapshotBuilder.union();
        b.sidebar("wages").groundRules(AGREED).notes(" \n ").ran(hours(0), hours(1)).add();

        assertTrue(check(rule, b.build(), clock).isEmpty());
    }

    @Test
    void notesUnderTheNoNotesRuleAreFlagged() {
        SnapshotBuilder b = SnapshotBuilder.union();
        Sidebar sidebar = b.sidebar("wages").groundRules(AGREED).notes("They can go to 4%").ran(hours(0), hours(1)).add();

        Finding f = single(check(rule, b.build(), clock));

        assertFinding(f, EntityRef.of(sidebar), Severity.WARNING, "Sidebar on wages (Mar 2)",
                "Confidential notes are recorded for this sidebar although both sides agreed no notes would be "
                + "taken: keeping them breaks the ground rule and can be turned against us.",
                "Remove the notes", "confidentialNotes");
    }

    @Test
    void editingTheNotesChangesTheFacts() {
        SnapshotBuilder one = SnapshotBuilder.union();
        one.sidebar("wages").groundRules(AGREED).notes("They can go to 4%").add();
        SnapshotBuilder other = SnapshotBuilder.union();
        other.sidebar("wages").groundRules(AGREED).notes("They can go to 5%").add();

        assertNotEquals(single(check(rule, one.build(), clock)).factsFingerprint(),
                single(check(rule, other.build(), clock)).factsFingerprint());
    }

    @Test
    void notesAreAllowedWhenTheRuleIsRefusedOrUndecided() {
        SnapshotBuilder b = SnapshotBuilder.union();
        b.sidebar("refused").groundRules(REFUSED, AGREED, AGREED).notes("Our notes").add();
        b.sidebar("undecided").groundRules(UNDECIDED, AGREED, AGREED).notes("Our notes").add();

        assertTrue(check(rule, b.build(), clock).isEmpty());
    }
}
