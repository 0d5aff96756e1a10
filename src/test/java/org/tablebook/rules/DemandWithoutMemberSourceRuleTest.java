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
import org.tablebook.domain.Demand;
import org.tablebook.domain.DemandOrigin;
import org.tablebook.domain.EntityRef;
import org.tablebook.domain.Severity;
import org.tablebook.testing.SnapshotBuilder;

class DemandWithoutMemberSourceRuleTest {
    private final Rule rule = new DemandWithoutMemberSourceRule();
    private final Clock clock = clockAt(BASE);

    @Test
    void aRecordedOriginIsEnough() {
        SnapshotBuilder b = SnapshotBuilder.union();
        b.demand("U-1", "Wages").origin(DemandOrigin.SURVEY, "").add();
        b.demand("U-2", "Lockers").origin(DemandOrigin.OTHER, "Raised by night shift at the March meeting").add();

        assertTrue(check(rule, b.build(), clock).isEmpty());
    }

    @Test
    void noOriginIsFlagged() {
        SnapshotBuilder b = SnapshotBuilder.union();
        Demand wages = b.demand("U-1", "Wages").noOrigin().add();

        Finding f = single(check(rule, b.build(), clock));

        assertFinding(f, EntityRef.of(wages), Severity.INFO, "Demand U-1 Wages",
                "No origin in members' needs is recorded for U-1 Wages, so the team cannot show which members "
                + "asked for it.",
                "Record the demand's origin", "origin");
    }

    @Test
    void otherWithoutANoteIsFlaggedOnTheNote() {
        SnapshotBuilder b = SnapshotBuilder.union();
        b.demand("U-1", "Wages").origin(DemandOrigin.OTHER, "  ").add();

        Finding f = single(check(rule, b.build(), clock));

        assertEquals("originNote", f.field());
        assertEquals("The origin of U-1 Wages is recorded as \u201cother\u201d with no note saying what it was, so the team cannot show which "
                + "members asked for it.", f.message());
    }

    @Test
    void theOtherSidesDemandsAreNotOursToSource() {
        SnapshotBuilder b = SnapshotBuilder.union();
        b.demand("E-1", "Flexible scheduling").theirs().add();

        assertTrue(check(rule, b.build(), clock).isEmpty());
    }
}
